package org.ironriver.analyst;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class QueryEndpointTest {

	@Autowired
	MockMvc mvc;

	@Test
	void lists_every_query_with_its_parameters_defaults_and_expectations() throws Exception {
		mvc.perform(get("/api/queries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(20)))
			.andExpect(jsonPath("$[?(@.name == 'trace-statistics-for-country')].parameters.country").value("HT"))
			.andExpect(jsonPath("$[?(@.name == 'trace-statistics-for-country')].title")
				.value("Trafficking and trace statistics for a destination country"))
			.andExpect(jsonPath("$[?(@.name == 'dealers-sued-and-where')].expectations[0]").value("rows = 6"))
			.andExpect(jsonPath("$[0].cypher").doesNotExist());
	}

	@Test
	void shows_one_query_with_its_cypher() throws Exception {
		mvc.perform(get("/api/queries/appeal-chain"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parameters.case").value("sw-v-mx-scotus"))
			.andExpect(jsonPath("$.cypher").value(Matchers.startsWith("MATCH chain = (:Lawsuit {id: $case})")));
	}

	@Test
	void runs_a_query_with_the_defaults_when_no_body_is_sent() throws Exception {
		mvc.perform(post("/api/queries/appeal-chain"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowCount").value(3))
			.andExpect(
					jsonPath("$.rows[*].case", Matchers.contains("sw-v-mx-scotus", "mx-v-sw-1cir", "mx-v-sw-dmass")));
	}

	@Test
	void runs_a_query_with_the_parameters_given() throws Exception {
		mvc.perform(post("/api/queries/trace-statistics-for-country").contentType(MediaType.APPLICATION_JSON)
			.content("{\"country\": \"MX\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowCount").value(61))
			.andExpect(jsonPath("$.rows[?(@.observation == 'flow-mx-seized-2024-2025')].value").value(17283));
	}

	@Test
	void answers_csv_when_asked() throws Exception {
		mvc.perform(post("/api/queries/initiatives-timeline").accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(Matchers.startsWith(
					"initiative,name,announced,launched,announcedBy,launchedBy\r\nus-mx-security-cooperation-2025,")));
	}

	@Test
	void an_unknown_parameter_is_a_bad_request_naming_the_known_ones() throws Exception {
		mvc.perform(post("/api/queries/appeal-chain").contentType(MediaType.APPLICATION_JSON)
			.content("{\"lawsuit\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("query 'appeal-chain' has no parameter 'lawsuit'; its parameters are case"));
	}

	@Test
	void an_unknown_query_is_not_found() throws Exception {
		mvc.perform(post("/api/queries/no-such-query"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("no query named 'no-such-query' in the library"));
		mvc.perform(get("/api/queries/no-such-query")).andExpect(status().isNotFound());
	}

	@Test
	void the_services_plumbing_queries_are_not_offered_to_analysts() throws Exception {
		mvc.perform(get("/api/queries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", Matchers.hasItem("appeal-chain")))
			.andExpect(jsonPath("$[*].name", Matchers.not(Matchers.hasItem("entities-by-id"))))
			.andExpect(jsonPath("$[*].name", Matchers.not(Matchers.hasItem("graph-version"))));
		mvc.perform(get("/api/queries/graph-version")).andExpect(status().isNotFound());
		mvc.perform(post("/api/queries/entities-by-id")).andExpect(status().isNotFound());
	}

}
