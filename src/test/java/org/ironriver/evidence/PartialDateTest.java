package org.ironriver.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

class PartialDateTest {

	@Test
	void a_year_a_month_and_a_day_span_their_whole_period() {
		assertThat(PartialDate.parse("2014")).extracting(PartialDate::start, PartialDate::end)
			.containsExactly(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
		assertThat(PartialDate.parse("2024-02")).extracting(PartialDate::start, PartialDate::end)
			.containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse(" 2025-06-05 ")).extracting(PartialDate::text, PartialDate::start)
			.containsExactly("2025-06-05", LocalDate.of(2025, 6, 5));
	}

	@Test
	void blank_is_no_date_and_anything_else_must_be_a_date() {
		assertThat(PartialDate.parseOptional("  ")).isNull();
		assertThat(PartialDate.parseOptional(null)).isNull();
		assertThatThrownBy(() -> PartialDate.parseOptional("June 2025")).hasMessageContaining("is not a date");
		assertThatThrownBy(() -> PartialDate.parse("2025-13")).hasMessageContaining("is not a valid date");
		assertThatThrownBy(() -> PartialDate.parse("1899-12-31")).hasMessage("'1899-12-31' is before 1900");
	}

	@Test
	void a_month_is_a_partial_date_at_month_precision() {
		assertThat(PartialDate.parseMonth("2026-10")).isEqualTo(YearMonth.of(2026, 10));
		assertThatThrownBy(() -> PartialDate.parseMonth("2026")).hasMessage("'2026' is not a month (YYYY-MM)");
		assertThatThrownBy(() -> PartialDate.parseMonth("2026-10-01")).hasMessageContaining("is not a month");
	}

	@Test
	void a_stored_partial_date_keeps_its_text_as_written() {
		var properties = new HashMap<String, Object>();
		PartialDate.parse("2023-06").putInto(properties, "published");
		PartialDate.parse("2021-08-04").putInto(properties, "retrieved");

		assertThat(properties).containsEntry("published", LocalDate.of(2023, 6, 1))
			.containsEntry("publishedText", "2023-06")
			.containsEntry("retrieved", LocalDate.of(2021, 8, 4))
			.doesNotContainKey("retrievedText");
	}

	@Test
	void a_date_is_after_a_day_when_it_begins_after_it() {
		var today = LocalDate.of(2026, 12, 2);
		assertThat(PartialDate.parse("2026").isAfter(today)).isFalse();
		assertThat(PartialDate.parse("2027-01").isAfter(today)).isTrue();
	}

}
