package org.ironriver.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.evidence.PartialDate;
import org.ironriver.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * How a row's evidence joins a stored relationship's, as the record importers write it:
 * sources are added, a field the row leaves empty keeps its stored value, the file is
 * cited only for what nothing supports yet, and the same evidence again is no change.
 */
class EvidenceMergeTest {

	static final Map<String, String> SOURCE_IDS = Map.of("https://example.org/a", "src-a", "https://example.org/b",
			"src-b");

	static RowPlan.Link link(List<String> sourceKeys, String quote, PartialDate validFrom, Double confidence) {
		return new RowPlan.Link("subject", RelationType.MEMBER_OF, "object", sourceKeys, quote, null, validFrom, null,
				null, confidence, "relation");
	}

	static Map<String, Object> stored(List<String> sources, String quote, LocalDate validFrom, Object confidence) {
		var properties = new HashMap<String, Object>();
		properties.put("sources", sources);
		properties.put("quote", quote);
		properties.put("validFrom", validFrom);
		properties.put("confidence", confidence);
		properties.put("origin", "curated");
		return EvidenceMerge.of(properties);
	}

	@Test
	void a_new_relationship_gets_the_rows_sources_and_the_formats_default_confidence() {
		var merged = EvidenceMerge.merge(null,
				link(List.of("https://example.org/a"), "a quote", PartialDate.parse("2020"), null), SOURCE_IDS::get,
				"src-file", 0.5);

		assertThat(merged.properties()).containsEntry("sources", List.of("src-a"))
			.containsEntry("quote", "a quote")
			.containsEntry("validFrom", LocalDate.of(2020, 1, 1))
			.containsEntry("confidence", 0.5);
		assertThat(merged.citesFile()).isFalse();
	}

	@Test
	void an_existing_relationship_gains_the_rows_source_and_keeps_what_the_row_leaves_empty() {
		var before = stored(List.of("src-a"), "the stored quote", LocalDate.of(2019, 5, 1), 0.8);

		var merged = EvidenceMerge.merge(before, link(List.of("https://example.org/b"), null, null, null),
				SOURCE_IDS::get, "src-file", 0.5);

		assertThat(merged.properties()).containsEntry("sources", List.of("src-a", "src-b"))
			.containsEntry("quote", "the stored quote")
			.containsEntry("validFrom", LocalDate.of(2019, 5, 1))
			.containsEntry("confidence", 0.8);
		assertThat(EvidenceMerge.same(before, merged.properties())).isFalse();
	}

	@Test
	void what_the_row_gives_replaces_the_stored_value() {
		var before = stored(List.of("src-a"), "old quote", LocalDate.of(2019, 5, 1), 0.8);

		var merged = EvidenceMerge.merge(before,
				link(List.of("https://example.org/a"), "new quote", PartialDate.parse("2021-03"), 0.9), SOURCE_IDS::get,
				"src-file", 0.5);

		assertThat(merged.properties()).containsEntry("sources", List.of("src-a"))
			.containsEntry("quote", "new quote")
			.containsEntry("validFrom", LocalDate.of(2021, 3, 1))
			.containsEntry("confidence", 0.9);
	}

	@Test
	void the_file_is_cited_for_a_new_relationship_but_not_added_to_one_that_has_support() {
		var row = link(java.util.Arrays.asList((String) null), null, null, null);

		var fresh = EvidenceMerge.merge(null, row, SOURCE_IDS::get, "src-file", 0.7);
		var existing = EvidenceMerge.merge(stored(List.of("src-a"), null, null, 0.7), row, SOURCE_IDS::get, "src-file",
				0.7);

		assertThat(fresh.properties()).containsEntry("sources", List.of("src-file"));
		assertThat(fresh.citesFile()).isTrue();
		assertThat(existing.properties()).containsEntry("sources", List.of("src-a"));
		assertThat(existing.citesFile()).isFalse();
	}

	@Test
	void the_same_evidence_again_is_no_change_even_when_the_store_returns_a_whole_number_as_long() {
		var before = stored(List.of("src-a"), "q", LocalDate.of(2020, 1, 1), 1L);

		var merged = EvidenceMerge.merge(before, link(List.of("https://example.org/a"), "q", null, 1.0),
				SOURCE_IDS::get, "src-file", 0.5);

		assertThat(EvidenceMerge.same(before, merged.properties())).isTrue();
	}

	/** A relationship stored from a row that dated it to a month, "2022-10". */
	private static Map<String, Object> storedWithAMonth() {
		var month = EvidenceMerge.merge(null,
				link(List.of("https://example.org/a"), "q", PartialDate.parse("2022-10"), 1.0), SOURCE_IDS::get,
				"src-file", 0.5);
		return EvidenceMerge.of(month.properties());
	}

	@Test
	void a_date_the_row_gives_more_precisely_is_a_change_though_it_starts_on_the_same_day() {
		var before = storedWithAMonth();

		var day = EvidenceMerge.merge(before,
				link(List.of("https://example.org/a"), "q", PartialDate.parse("2022-10-01"), 1.0), SOURCE_IDS::get,
				"src-file", 0.5);

		assertThat(before).containsEntry("validFrom", LocalDate.of(2022, 10, 1))
			.containsEntry("validFromText", "2022-10");
		assertThat(day.properties()).containsEntry("validFrom", LocalDate.of(2022, 10, 1));
		assertThat(EvidenceMerge.same(before, day.properties())).isFalse();
	}

	@Test
	void a_row_without_a_date_keeps_the_stored_partial_date_as_written() {
		var before = storedWithAMonth();

		var again = EvidenceMerge.merge(before, link(List.of("https://example.org/b"), null, null, null),
				SOURCE_IDS::get, "src-file", 0.5);

		assertThat(again.evidence().validFrom().text()).isEqualTo("2022-10");
		assertThat(again.properties()).containsEntry("validFromText", "2022-10");
	}

}
