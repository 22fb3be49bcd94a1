package org.ironriver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SearchApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void finds_a_distributor_by_its_doing_business_as_alias() throws Exception {
		mvc.perform(get("/api/search").param("q", "Interstate Arms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.id").value("interstate-arms"))
			.andExpect(jsonPath("$[0].score").isNumber());
	}

	@Test
	void finds_a_case_by_docket_number_and_a_ruling_by_citation() throws Exception {
		mvc.perform(get("/api/search").param("q", "23-1141"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].entity.id").value(hasItem("sw-v-mx-scotus")));
		mvc.perform(get("/api/search").param("q", "605 U.S. 280"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].entity.id").value(hasItem("ruling-scotus-2025-06-05")));
	}

	/**
	 * The explorer's search box is where a docket or a citation is pasted whole: the case
	 * or ruling it names comes before the documents that merely mention it (the
	 * complaint's title holds the docket too; the case's rulings carry its docket).
	 */
	@Test
	void a_full_docket_number_or_citation_as_written_finds_its_case_or_ruling_first() throws Exception {
		mvc.perform(get("/api/search").param("q", "1:21-cv-11269"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.type").value(org.hamcrest.Matchers.oneOf("Lawsuit", "Ruling")))
			.andExpect(jsonPath("$[*].entity.id").value(hasItem("mx-v-sw-dmass")));
		mvc.perform(get("/api/search").param("q", "4:22-cv-00472-TUC-RM"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.id").value("mx-v-diamondback"));
		mvc.perform(get("/api/search").param("q", "633 F. Supp. 3d 425"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.id").value("ruling-dmass-2022-09-30"));
	}

	/**
	 * A public law is cited by its number as written ("Pub. L. 109-92"): the analyzer
	 * splits "109-92" into two words, and the written forms are aliases of the Law.
	 */
	@Test
	void a_public_law_number_as_written_finds_its_law_first() throws Exception {
		for (var written : new String[] { "Pub. L. 109-92", "Public Law 109-92", "P.L. 109-92" }) {
			mvc.perform(get("/api/search").param("q", written))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].entity.id").value("plcaa"));
		}
		mvc.perform(get("/api/search").param("q", "Pub. L. 117-159"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.id").value("bsca"));
	}

	@Test
	void matches_word_prefixes_case_insensitively() throws Exception {
		mvc.perform(get("/api/search").param("q", "SPRAGU"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].entity.id").value(hasItem("spragues-sports")));
	}

	@Test
	void treats_lucene_and_cypher_syntax_in_the_query_as_plain_text() throws Exception {
		mvc.perform(get("/api/search").param("q", "\"}) DETACH DELETE n // AND OR ~ * ? [ ] : \\"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void rejects_an_empty_query_or_a_bad_limit_with_400() throws Exception {
		mvc.perform(get("/api/search").param("q", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("q must not be empty"));
		mvc.perform(get("/api/search").param("q", "glock").param("limit", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("limit must be between 1 and 100, was 1000"));
		mvc.perform(get("/api/search").param("q", "glock").param("limit", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/search")).andExpect(status().isBadRequest());
	}

	@Test
	void search_words_are_escaped_before_reaching_lucene() {
		assertThat(SearchService.toLucene("Smith & Wesson")).isEqualTo("+((smith OR smith*) AND (wesson OR wesson*))"
				+ " docketNumber:\"Smith & Wesson\"^8 citation:\"Smith & Wesson\"^8 licenceNumber:\"Smith & Wesson\"^8"
				+ " aliases:\"Smith & Wesson\"^8");
		assertThat(SearchService.toLucene("23-1141")).isEqualTo("+((23\\-1141 OR 23\\-1141*))"
				+ " docketNumber:\"23-1141\"^8 citation:\"23-1141\"^8 licenceNumber:\"23-1141\"^8 aliases:\"23-1141\"^8");
		assertThat(SearchService.toLucene("say \"hi\\")).endsWith(" aliases:\"say \\\"hi\\\\\"^8");
	}

}
