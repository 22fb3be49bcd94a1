package org.ironriver.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

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
		mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.app.name").value("ironriver"));
	}

	@Test
	void a_library_query_is_timed_by_its_name_and_ad_hoc_cypher_as_adhoc() throws Exception {
		mvc.perform(post("/api/queries/appeal-chain")).andExpect(status().isOk());
		mvc.perform(post("/api/cypher").contentType("application/json").content("{\"query\": \"RETURN 1 AS one\"}"))
			.andExpect(status().isOk());

		assertThat(measurement("ironriver.query", "COUNT", "name:appeal-chain")).isGreaterThanOrEqualTo(1.0);
		assertThat(measurement("ironriver.query", "TOTAL_TIME", "name:adhoc")).isGreaterThan(0.0);
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("ironriver_query_seconds_count{name=\"appeal-chain\",outcome=\"ok\"")))
			.andExpect(content().string(Matchers.containsString("http_server_requests_seconds_count")));
	}

	@Test
	void an_import_counts_its_rows_by_outcome_and_is_timed() throws Exception {
		var csv = ImportFixtures.FACTS_HEADER
				+ "\n,Organization,Metered Org,LOCATED_IN,MX,Country,,,,https://example.org/metered,,,,,,\n"
				+ ",Organization,Metered Org 2,LOCATED_IN,MX,Country,,,,https://example.org/metered,,,,,,\n";
		mvc.perform(multipart("/api/imports/facts")
			.file(new MockMultipartFile("file", "metered.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isCreated());

		assertThat(measurement("ironriver.import.rows", "COUNT", "kind:facts", "outcome:created"))
			.isGreaterThanOrEqualTo(2.0);
		assertThat(measurement("ironriver.import", "COUNT", "kind:facts", "status:completed"))
			.isGreaterThanOrEqualTo(1.0);
		assertThat(measurement("ironriver.import", "TOTAL_TIME", "kind:facts", "status:completed")).isGreaterThan(0.0);
	}

	/** One statistic of a meter, from the metrics endpoint, for the given tags. */
	double measurement(String meter, String statistic, String... tags) throws Exception {
		var request = get("/actuator/metrics/" + meter);
		for (var tag : tags) {
			request.param("tag", tag);
		}
		var body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (var m : JsonMapper.builder().build().readTree(body).get("measurements")) {
			if (statistic.equals(m.get("statistic").asString())) {
				return m.get("value").asDouble();
			}
		}
		throw new AssertionError(meter + " has no " + statistic + ": " + body);
	}

}
