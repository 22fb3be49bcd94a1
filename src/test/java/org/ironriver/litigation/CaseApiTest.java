package org.ironriver.litigation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CaseApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_massachusetts_suit_has_its_parties_court_rulings_in_order_and_the_full_appeal_chain() throws Exception {
		mvc.perform(get("/api/cases/mx-v-sw-dmass"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lawsuit.properties.docketNumber")
				.value(org.hamcrest.Matchers.startsWith("1:21-cv-11269")))
			.andExpect(jsonPath("$.parties[?(@.role == 'DEFENDANT_IN')]", hasSize(10)))
			.andExpect(jsonPath("$.parties[?(@.role == 'PLAINTIFF_IN')].node.id").value(contains("gov-mx")))
			.andExpect(jsonPath("$.courts[*].node.id").value(contains("court-d-mass")))
			.andExpect(jsonPath("$.rulings[*].node.id")
				.value(contains("ruling-dmass-2022-09-30", "ruling-dmass-2024-08-07")))
			.andExpect(
					jsonPath("$.appealChain[*].id").value(contains("mx-v-sw-dmass", "mx-v-sw-1cir", "sw-v-mx-scotus")))
			.andExpect(jsonPath("$.appealLinks[*].type").value(contains("REVIEWS", "REVIEWS")))
			.andExpect(jsonPath("$.laws[?(@.role == 'APPLIES')].node.id").value(hasItem("plcaa")))
			.andExpect(jsonPath("$.judges[*].node.id").value(contains("f-dennis-saylor")))
			.andExpect(jsonPath("$.parties[0].relationship.evidence.sources[0].url").isString());
	}

	@Test
	void the_supreme_court_case_lists_petitioners_and_the_laws_its_ruling_applies() throws Exception {
		mvc.perform(get("/api/cases/sw-v-mx-scotus"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[?(@.role == 'RESPONDENT_IN')].node.id").value(contains("gov-mx")))
			.andExpect(jsonPath("$.parties[?(@.role == 'PETITIONER_IN')].node.id")
				.value(hasItems("smith-wesson", "interstate-arms")))
			.andExpect(jsonPath("$.laws[?(@.via == 'ruling-scotus-2025-06-05' && @.role == 'APPLIES')].node.id")
				.value(hasItems("plcaa", "plcaa-7903-5-a-iii")))
			.andExpect(jsonPath("$.rulings[-1:].node.properties.citation").value(contains("605 U.S. 280")));
	}

	@Test
	void answers_404_for_an_unknown_case_and_for_an_entity_that_is_not_a_case() throws Exception {
		mvc.perform(get("/api/cases/no-such-case")).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/spragues-sports"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("no lawsuit or proceeding with id 'spragues-sports'"));
	}

	@Test
	void answers_400_for_an_invalid_id() throws Exception {
		mvc.perform(get("/api/cases/{id}", "bad id with spaces")).andExpect(status().isBadRequest());
	}

}
