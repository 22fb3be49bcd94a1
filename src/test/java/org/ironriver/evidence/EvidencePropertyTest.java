package org.ironriver.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvidencePropertyTest {

	@Test
	void the_writer_stores_exactly_the_listed_evidence_properties() {
		var evidence = new Evidence(List.of("src-a", "src-b"), "a quote", "p. 4", PartialDate.parse("2021-08"),
				PartialDate.parse("2024"), PartialDate.parse("2021-08-04"), 0.9);

		var properties = evidence.toProperties();

		assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(EvidenceProperty.keys());
		assertThat(properties).containsEntry("validFrom", LocalDate.of(2021, 8, 1))
			.containsEntry("validTo", LocalDate.of(2024, 12, 31))
			.containsEntry("assertedOn", LocalDate.of(2021, 8, 4));
	}

	@Test
	void a_month_or_a_year_is_stored_as_written_beside_its_day_and_a_day_clears_it() {
		var evidence = new Evidence(List.of("src-a"), null, null, PartialDate.parse("2022-10"),
				PartialDate.parse("2024"), PartialDate.parse("2022-10-10"), 0.9);

		var properties = evidence.toProperties();

		assertThat(properties).containsEntry("validFrom", LocalDate.of(2022, 10, 1))
			.containsEntry("validFromText", "2022-10")
			.containsEntry("validTo", LocalDate.of(2024, 12, 31))
			.containsEntry("validToText", "2024")
			.containsEntry("assertedOnText", null);
		assertThat(EvidenceProperty.keys()).contains("validFromText", "validToText", "assertedOnText");
	}

	@Test
	void a_view_gives_each_listed_property_as_the_graph_stores_it() {
		var view = new EvidenceView(
				List.of(new SourceView("src-a", null, null, null, null, null, null, null, null, null, null)), "q", "l",
				LocalDate.of(2020, 1, 1), null, LocalDate.of(2021, 1, 1), 0.7, "curated", "2020", null, null);

		assertThat(EvidenceProperty.SOURCES.key()).isEqualTo("sources");
		assertThat(view.value(EvidenceProperty.SOURCES)).isEqualTo(List.of("src-a"));
		assertThat(view.value(EvidenceProperty.QUOTE)).isEqualTo("q");
		assertThat(view.value(EvidenceProperty.VALID_FROM)).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(view.value(EvidenceProperty.VALID_FROM_TEXT)).isEqualTo("2020");
		assertThat(view.value(EvidenceProperty.VALID_TO)).isNull();
		assertThat(view.value(EvidenceProperty.CONFIDENCE)).isEqualTo(0.7);
	}

}
