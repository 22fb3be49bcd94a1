package org.ironriver.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityIdsTest {

	@Test
	void slug_transliterates_accented_letters_instead_of_dropping_them() {
		assertThat(EntityIds.slug("Cañon City")).isEqualTo("canon-city");
		assertThat(EntityIds.slug("CAÑON CITY")).isEqualTo("canon-city");
		assertThat(EntityIds.slug("México")).isEqualTo("mexico");
		assertThat(EntityIds.slug("Ciudad Juárez, Chihuahua")).isEqualTo("ciudad-juarez-chihuahua");
		assertThat(EntityIds.slug("São Paulo")).isEqualTo("sao-paulo");
	}

	@Test
	void slug_writes_letters_that_do_not_decompose_as_english_sources_do() {
		assertThat(EntityIds.slug("Straße")).isEqualTo("strasse");
		assertThat(EntityIds.slug("Ærø")).isEqualTo("aero");
		assertThat(EntityIds.slug("Łódź")).isEqualTo("lodz");
		assertThat(EntityIds.slug("Þórshöfn")).isEqualTo("thorshofn");
		assertThat(EntityIds.slug("Œuvre")).isEqualTo("oeuvre");
		assertThat(EntityIds.slug("Diyarbakır")).isEqualTo("diyarbakir");
	}

	@Test
	void slug_joins_words_with_one_hyphen_and_trims_the_ends() {
		assertThat(EntityIds.slug("St. Louis")).isEqualTo("st-louis");
		assertThat(EntityIds.slug("Smith & Wesson Brands, Inc.")).isEqualTo("smith-wesson-brands-inc");
		assertThat(EntityIds.slug("  -- Sprague's Sports --  ")).isEqualTo("sprague-s-sports");
		assertThat(EntityIds.slug("ﬁrearms ＡＢＣ")).isEqualTo("firearms-abc");
		assertThat(EntityIds.slug("北京")).isEmpty();
		assertThat(EntityIds.slug(null)).isEmpty();
	}

	@Test
	void slug_stays_short_enough_for_an_id_with_a_prefix() {
		var slug = EntityIds.slug("word ".repeat(40));
		assertThat(slug).hasSizeLessThanOrEqualTo(EntityIds.MAX_SLUG_LENGTH)
			.doesNotEndWith("-")
			.startsWith("word-word");
		assertThat(EntityIds.isValid("person-" + slug)).isTrue();
	}

}
