package org.ironriver.litigation;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class LitigationApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_supreme_court_ruling_605_us_280_applies_plcaa_after_the_dmass_dismissal_and_the_first_circuit()
			throws Exception {
		mvc.perform(get("/api/laws/plcaa/rulings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.rulings[?(@.ruling.id == 'ruling-scotus-2025-06-05' && @.relationship.type == 'APPLIES' && @.lawId == 'plcaa')]",
					not(empty())))
			.andExpect(jsonPath("$.rulings[?(@.ruling.id == 'ruling-scotus-2025-06-05')].ruling.properties.citation",
					hasItem("605 U.S. 280")))
			.andExpect(
					jsonPath("$.rulings[*].ruling.id", hasItems("ruling-dmass-2022-09-30", "ruling-1cir-2024-01-22")))
			// in date order: the D. Mass. dismissal first, the Supreme Court last of the
			// three
			.andExpect(jsonPath("$.rulings[0].ruling.id").value("ruling-dmass-2022-09-30"))
			.andExpect(jsonPath("$.rulings[*].relationship.evidence.sources", everyItem(not(empty()))));
	}

	@Test
	void the_appeal_chain_runs_from_the_district_of_massachusetts_to_the_first_circuit_to_the_supreme_court()
			throws Exception {
		for (var id : new String[] { "mx-v-sw-dmass", "mx-v-sw-1cir", "sw-v-mx-scotus" }) {
			mvc.perform(get("/api/cases/{id}/appeal-chain", id))
				.andExpect(status().isOk())
				.andExpect(
						jsonPath("$.chain[*].lawsuit.id", contains("mx-v-sw-dmass", "mx-v-sw-1cir", "sw-v-mx-scotus")))
				.andExpect(jsonPath("$.chain[0].reviewedBy.from").value("mx-v-sw-1cir"))
				.andExpect(jsonPath("$.chain[1].reviewedBy.from").value("sw-v-mx-scotus"))
				.andExpect(jsonPath("$.chain[2].reviewedBy").doesNotExist())
				.andExpect(jsonPath("$.chain[2].rulings[*].ruling.id", hasItem("ruling-scotus-2025-06-05")));
		}
		mvc.perform(get("/api/cases/plcaa/appeal-chain")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases/no-such-case/appeal-chain")).andExpect(status().isNotFound());
	}

	@Test
	void the_dmass_case_turns_on_plcaa_through_its_rulings() throws Exception {
		mvc.perform(get("/api/cases/mx-v-sw-dmass/laws"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.laws[?(@.law.id == 'plcaa' && @.rulingId == 'ruling-dmass-2022-09-30')].relationship.type",
					hasItem("APPLIES")));
		mvc.perform(get("/api/cases/mx-v-diamondback/laws"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.laws[?(@.relationship.from == 'mx-v-diamondback')].law.id",
					hasItems("rico-1962-c", "ars-44-1522")));
		mvc.perform(get("/api/cases/spragues-sports/laws")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases/no-such-case/laws")).andExpect(status().isNotFound());
		mvc.perform(get("/api/laws/nowhere/rulings")).andExpect(status().isNotFound());
		mvc.perform(get("/api/laws/mx-v-sw-dmass/rulings")).andExpect(status().isBadRequest());
	}

	@Test
	void spragues_sports_is_a_defendant_in_mexicos_arizona_suit_with_its_rulings() throws Exception {
		mvc.perform(get("/api/entities/spragues-sports/lawsuits"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lawsuits[0].lawsuit.id").value("mx-v-diamondback"))
			.andExpect(jsonPath("$.lawsuits[0].role").value("DEFENDANT_IN"))
			.andExpect(jsonPath("$.lawsuits[0].roleEvidence.evidence.sources[*].id", hasItem("src-sre-second-lawsuit")))
			.andExpect(jsonPath("$.lawsuits[0].rulings[*].ruling.id",
					contains("ruling-dariz-2024-03-22", "ruling-dariz-2025-01-24-doc110")));
		mvc.perform(get("/api/entities/gov-mx/lawsuits"))
			.andExpect(jsonPath("$.lawsuits[*].role", hasItem("PLAINTIFF_IN")));
		mvc.perform(get("/api/entities/nobody/lawsuits")).andExpect(status().isNotFound());
	}

}
