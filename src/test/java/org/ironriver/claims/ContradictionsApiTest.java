package org.ironriver.claims;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class ContradictionsApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void contradictions_show_both_claims_with_their_sources() throws Exception {
		mvc.perform(get("/api/contradictions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contradictions", hasSize(greaterThanOrEqualTo(7))))
			.andExpect(jsonPath("$.contradictions[*].claim.sources", everyItem(not(empty()))))
			.andExpect(jsonPath("$.contradictions[*].otherClaim.sources", everyItem(not(empty()))));
		mvc.perform(get("/api/contradictions").param("entity", "mx-v-sw-dmass"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contradictions[*].claim.claim.id", hasItem("claim-seed-defendant-count")))
			.andExpect(jsonPath("$.contradictions[*].otherClaim.claim.id",
					hasItems("claim-scotus-defendant-count", "claim-complaint-defendant-count")))
			.andExpect(jsonPath(
					"$.contradictions[?(@.otherClaim.claim.id == 'claim-scotus-defendant-count')].otherClaim.sources[*].id",
					hasItem("src-scotus-23-1141-lii")));
		mvc.perform(get("/api/contradictions").param("entity", "nobody")).andExpect(status().isNotFound());
	}

}
