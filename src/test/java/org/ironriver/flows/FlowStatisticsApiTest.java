package org.ironriver.flows;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class FlowStatisticsApiTest {

	@Autowired
	MockMvc mvc;

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
		mvc.perform(get("/api/statistics/flows").param("destination", "caribbean"))
			.andExpect(jsonPath("$.observations[*].id", hasItem("flow-gao-25-107007-caribbean-traces")));
		mvc.perform(get("/api/statistics/flows").param("destination", "HT"))
			.andExpect(jsonPath("$.observations[*].id", not(hasItem("flow-gao-25-107007-caribbean-traces"))));
		mvc.perform(get("/api/statistics/flows").param("destination", "MX").param("from", "2024-01-01"))
			.andExpect(jsonPath("$.observations[*].id", hasItem("flow-sspc-share-2024-2025")))
			.andExpect(jsonPath("$.observations[*].id", not(hasItem("flow-mcdougal-2010-2012"))));
		mvc.perform(get("/api/statistics/flows").param("from", "last year")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/statistics/flows").param("destination", "XX")).andExpect(status().isNotFound());
	}

}
