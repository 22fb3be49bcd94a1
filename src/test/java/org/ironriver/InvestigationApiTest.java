package org.ironriver;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class InvestigationApiTest {

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

	@Test
	void the_timeline_of_the_dmass_case_orders_filing_rulings_and_the_supreme_court_decision() throws Exception {
		var body = mvc.perform(get("/api/entities/mx-v-sw-dmass/timeline"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[?(@.subjectId == 'mx-v-sw-dmass' && @.event == 'filed')].happened",
					hasItem("2021-08-04")))
			.andExpect(jsonPath("$.events[?(@.subjectId == 'ruling-scotus-2025-06-05' && @.event == 'date')].happened",
					hasItem("2025-06-05")))
			.andExpect(
					jsonPath("$.events[?(@.subjectId == 'ruling-scotus-2025-06-05')].reported", hasItem("2025-06-05")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> dates = JsonPath.read(body, "$.events[*].happened");
		org.assertj.core.api.Assertions.assertThat(dates).isSortedAccordingTo(String::compareTo);
		org.assertj.core.api.Assertions.assertThat(dates.indexOf("2021-08-04")).isLessThan(dates.indexOf("2022-09-30"));
		mvc.perform(get("/api/entities/nobody/timeline")).andExpect(status().isNotFound());
	}

	@Test
	void flow_statistics_to_mexico_carry_their_caveats_and_sources() throws Exception {
		mvc.perform(get("/api/statistics/flows").param("destination", "MX").param("origin", "US"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observations", hasSize(greaterThanOrEqualTo(5))))
			.andExpect(jsonPath("$.observations[*].destination", everyItem(is("MX"))))
			.andExpect(jsonPath("$.observations[*].caveat", everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath(
					"$.observations[?(@.id == 'flow-gao-21-322-us-sourced-2014-2018')].originEvidence.evidence.sources[0].id",
					hasItem("src-gao-21-322")));
		mvc.perform(get("/api/statistics/flows").param("destination", "HT"))
			.andExpect(jsonPath("$.observations[*].id", hasItem("flow-gao-25-107007-caribbean-traces")));
		mvc.perform(get("/api/statistics/flows").param("destination", "MX").param("from", "2024-01-01"))
			.andExpect(jsonPath("$.observations[*].id", hasItem("flow-sspc-share-2024-2025")))
			.andExpect(jsonPath("$.observations[*].id", not(hasItem("flow-mcdougal-2010-2012"))));
		mvc.perform(get("/api/statistics/flows").param("from", "last year")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/statistics/flows").param("destination", "XX")).andExpect(status().isNotFound());
	}

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

	@Test
	void the_neighbourhood_is_filtered_capped_and_paginated_with_a_cursor() throws Exception {
		mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("types", "DEFENDANT_IN")
			.param("direction", "in"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.id").value("mx-v-sw-dmass"))
			.andExpect(jsonPath("$.neighbours", hasSize(greaterThanOrEqualTo(7))))
			.andExpect(jsonPath("$.neighbours[*].relationship.type", everyItem(is("DEFENDANT_IN"))))
			.andExpect(jsonPath("$.neighbours[*].relationship.to", everyItem(is("mx-v-sw-dmass"))))
			.andExpect(jsonPath("$.neighbours[*].node.id", hasItem("smith-wesson")));
		mvc.perform(
				get("/api/entities/mx-v-sw-dmass/neighbourhood").param("types", "DEFENDANT_IN").param("perHubCap", "3"))
			.andExpect(jsonPath("$.neighbours", hasSize(3)))
			.andExpect(jsonPath("$.groups[0].capped").value(true))
			.andExpect(jsonPath("$.groups[0].total", greaterThanOrEqualTo(7)));
		var first = mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("limit", "2"))
			.andExpect(jsonPath("$.neighbours", hasSize(2)))
			.andExpect(jsonPath("$.nextCursor", not(emptyOrNullString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String cursor = JsonPath.read(first, "$.nextCursor");
		java.util.List<String> firstIds = JsonPath.read(first, "$.neighbours[*].node.id");
		mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("limit", "2").param("cursor", cursor))
			.andExpect(jsonPath("$.neighbours", hasSize(2)))
			.andExpect(jsonPath("$.neighbours[*].node.id", not(hasItems(firstIds.toArray(String[]::new)))));
		mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("types", "KNOWS"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("direction", "up"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/entities/mx-v-sw-dmass/neighbourhood").param("cursor", "%%%"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/entities/nobody/neighbourhood")).andExpect(status().isNotFound());
	}

}
