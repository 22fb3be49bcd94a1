package org.ironriver.health;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.facts.FactsImporter;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HealthAndMetricsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jSessions sessions;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	@Test
	void readiness_includes_the_database_and_both_probes_are_up() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j.details.edition").value("community"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j").doesNotExist());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.app.name").value("ironriver"));
	}

	@Test
	void a_library_query_is_timed_by_its_name_and_ad_hoc_cypher_as_adhoc() throws Exception {
		mvc.perform(post("/api/queries/appeal-chain")).andExpect(status().isOk());
		mvc.perform(post("/api/cypher").contentType("application/json").content("{\"query\": \"RETURN 1 AS one\"}"))
			.andExpect(status().isOk());

		mvc.perform(get("/actuator/metrics/ironriver.query").param("tag", "name:appeal-chain"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value", Matchers.contains(Matchers.greaterThanOrEqualTo(1.0))));
		mvc.perform(get("/actuator/metrics/ironriver.query").param("tag", "name:adhoc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[?(@.statistic == 'TOTAL_TIME')].value", Matchers.contains(Matchers.greaterThan(0.0))));
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ironriver_query_seconds_count{name=\"appeal-chain\",outcome=\"ok\"")))
			.andExpect(content().string(Matchers.containsString("http_server_requests_seconds_count")));
	}

	@Test
	void an_import_counts_its_rows_by_outcome_and_is_timed() throws Exception {
		var csv = String.join(",", FactsImporter.COLUMNS)
				+ "\n,Organization,Metered Org,LOCATED_IN,MX,Country,,,,https://example.org/metered,,,,,,\n"
				+ ",Organization,Metered Org 2,LOCATED_IN,MX,Country,,,,https://example.org/metered,,,,,,\n";
		mvc.perform(multipart("/api/imports/facts").file(new MockMultipartFile("file", "metered.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isCreated());

		mvc.perform(get("/actuator/metrics/ironriver.import.rows").param("tag", "kind:facts").param("tag", "outcome:created"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[0].value").value(Matchers.greaterThanOrEqualTo(2.0)));
		mvc.perform(get("/actuator/metrics/ironriver.import").param("tag", "kind:facts").param("tag", "status:completed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value", Matchers.contains(Matchers.greaterThanOrEqualTo(1.0))));
	}
}
