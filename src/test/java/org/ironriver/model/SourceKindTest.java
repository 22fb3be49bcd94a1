package org.ironriver.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKindTest {

	@Test
	void kinds_are_read_by_their_label_in_any_case() {
		assertThat(SourceKind.parse("court-record")).hasValue(SourceKind.COURT_RECORD);
		assertThat(SourceKind.parse(" Court_Record ")).hasValue(SourceKind.COURT_RECORD);
		assertThat(SourceKind.parse("blog")).hasValue(SourceKind.BLOG);
		assertThat(SourceKind.parse("report")).isEmpty();
		assertThat(SourceKind.parse("article")).isEmpty();
		assertThat(SourceKind.parse(null)).isEmpty();
	}

	@Test
	void official_and_judicial_sources_weigh_more_than_press_and_press_more_than_blogs() {
		assertThat(SourceKind.COURT_RECORD.defaultConfidence()).isEqualTo(1.0);
		assertThat(SourceKind.GOVERNMENT.defaultConfidence()).isEqualTo(0.9);
		assertThat(SourceKind.PRESS.defaultConfidence()).isEqualTo(0.7);
		assertThat(SourceKind.BLOG.defaultConfidence()).isEqualTo(0.5);
		assertThat(SourceKind.UNKNOWN.defaultConfidence()).isEqualTo(0.5);
	}

	@Test
	void a_kind_off_the_list_is_refused_naming_the_list() {
		assertThat(SourceKind.notAKind("tabloid")).isEqualTo("kind 'tabloid' is not one of court-record, opinion, "
				+ "statute, government, intergovernmental, academic, press, dataset, ngo, reference, blog, unknown");
	}

}
