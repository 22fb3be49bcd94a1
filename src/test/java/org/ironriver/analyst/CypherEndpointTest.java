package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.problems.BadRequestException;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CypherEndpointTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SafeCypher safeCypher;

	@Autowired
	Neo4jSessions sessions;

	@Test
	void returns_columns_and_rows_of_a_parameterized_read() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "MATCH (d:Dealer {id: $id}) RETURN d.name AS dealer, d.premises AS premises",
				 "parameters": {"id": "spragues-sports"}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", Matchers.contains("dealer", "premises")))
			.andExpect(jsonPath("$.rows[0].dealer").value("Sprague's Sports, Inc."))
			.andExpect(jsonPath("$.rows[0].premises").value("Yuma, AZ"))
			.andExpect(jsonPath("$.rowCount").value(1))
			.andExpect(jsonPath("$.truncated").value(false))
			.andExpect(jsonPath("$.maxRows").value(10000));
	}

	@Test
	void shows_nodes_and_relationships_by_business_id_and_never_by_element_id() throws Exception {
		var body = mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"query": "MATCH (d:Dealer {id: 'spragues-sports'})-[r:DEFENDANT_IN]->(s:Lawsuit) RETURN d, r, s ORDER BY s.id LIMIT 1"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].d.id").value("spragues-sports"))
			.andExpect(jsonPath("$.rows[0].d.labels", Matchers.hasItems("Dealer", "Entity")))
			.andExpect(jsonPath("$.rows[0].d.properties.name").value("Sprague's Sports, Inc."))
			.andExpect(jsonPath("$.rows[0].r.type").value("DEFENDANT_IN"))
			.andExpect(jsonPath("$.rows[0].r.from").value("spragues-sports"))
			.andExpect(jsonPath("$.rows[0].r.to").value(Matchers.startsWith("mx-v-")))
			.andExpect(jsonPath("$.rows[0].r.properties.sources").isArray())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var elementId = sessions.read(tx -> tx.run("MATCH (d:Dealer {id: 'spragues-sports'}) RETURN elementId(d) AS e")
			.single()
			.get("e")
			.asString());
		assertThat(body).doesNotContainIgnoringCase("elementId").doesNotContain(elementId);
	}

	@Test
	void names_the_end_nodes_of_relationships_returned_without_them() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "MATCH (:Lawsuit {id: 'sw-v-mx-scotus'})-[r:REVIEWS]->() RETURN r"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].r.from").value("sw-v-mx-scotus"))
			.andExpect(jsonPath("$.rows[0].r.to").value("mx-v-sw-1cir"));
	}

	@Test
	void converts_paths_to_nodes_and_relationships_in_order() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "MATCH p = (:Lawsuit {id: 'sw-v-mx-scotus'})-[:REVIEWS*2]->(:Lawsuit) RETURN p"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].p.nodes[*].id",
					Matchers.contains("sw-v-mx-scotus", "mx-v-sw-1cir", "mx-v-sw-dmass")))
			.andExpect(jsonPath("$.rows[0].p.relationships[1].from").value("mx-v-sw-1cir"))
			.andExpect(jsonPath("$.rows[0].p.relationships[1].to").value("mx-v-sw-dmass"));
	}

	@Test
	void cuts_a_long_answer_at_the_row_cap_and_says_so() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "MATCH (n:Entity) RETURN n.id AS id ORDER BY id", "maxRows": 3}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowCount").value(3))
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.truncated").value(true))
			.andExpect(jsonPath("$.maxRows").value(3));
	}

	@Test
	void an_answer_exactly_as_long_as_the_cap_is_not_truncated() {
		var result = safeCypher.read("UNWIND range(1, 4) AS i RETURN i", Map.of(), 4);
		assertThat(result.rows()).extracting(r -> r.get("i")).containsExactly(1L, 2L, 3L, 4L);
		assertThat(result.truncated()).isFalse();
	}

	@Test
	void the_configured_cap_applies_when_none_is_asked_for() {
		var capped = new SafeCypher(sessions, properties(Duration.ofSeconds(10), 5));
		var result = capped.read("UNWIND range(1, 100) AS i RETURN i", Map.of());
		assertThat(result.rowCount()).isEqualTo(5);
		assertThat(result.truncated()).isTrue();
		assertThatThrownBy(() -> capped.read("RETURN 1", Map.of(), 6)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("between 1 and 5");
	}

	@Test
	void ends_a_query_that_runs_past_the_timeout_with_a_clear_reason() {
		var impatient = new SafeCypher(sessions, properties(Duration.ofMillis(300), 10));
		assertThatThrownBy(() -> impatient.read(
				"MATCH (a), (b), (c) WITH a, b, c WHERE a.id + b.id + c.id = 'nothing' RETURN count(*) AS n", Map.of()))
			.isInstanceOf(RefusedQueryException.class)
			.hasMessageContaining("did not finish within");
	}

	@Test
	void writes_csv_when_the_accept_header_asks_for_it() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.accept("text/csv")
			.content(
					"""
							{"query": "MATCH (c:Country) WHERE c.id IN ['MX', 'US'] RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY id"}"""))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("X-Truncated", "false"))
			.andExpect(content()
				.string(Matchers.startsWith("id,name,aliases\r\nMX,Mexico,\"[\"\"United Mexican States\"\"")));
	}

	@Test
	void writes_csv_when_the_format_parameter_asks_for_it() throws Exception {
		mvc.perform(post("/api/cypher").param("format", "csv").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "RETURN 1 AS one, 'a,b' AS two"}"""))
			.andExpect(status().isOk())
			.andExpect(content().string("one,two\r\n1,\"a,b\"\r\n"));
	}

	@Test
	void a_refusal_asked_for_as_csv_is_still_a_problem_detail() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).accept("text/csv").content("""
				{"query": "CREATE (n)"}""")).andExpect(status().isBadRequest());
	}

	@Test
	void a_refusal_is_a_problem_detail_titled_query_refused() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "CALL dbms.components()"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Query refused"))
			.andExpect(jsonPath("$.detail")
				.value(Matchers.startsWith("refused: procedure dbms.components is not allowed here")));
	}

	@Test
	void a_syntax_error_is_a_bad_request_with_the_database_message() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "MATCH (n RETURN n"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(Matchers.startsWith("the database rejected the query: Invalid input")));
	}

	@Test
	void an_empty_query_is_a_bad_request() throws Exception {
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("{\"query\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("the query is empty"));
	}

	@Test
	void allowed_procedures_run() {
		var result = safeCypher.read(
				"CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 5",
				Map.of("q", "sprague*"));
		assertThat(result.rows()).extracting(r -> r.get("id")).contains("spragues-sports");
		assertThat(safeCypher.read("CALL db.labels() YIELD label RETURN label", Map.of()).rows())
			.extracting(r -> r.get("label"))
			.contains("Dealer", "Lawsuit");
	}

	@Test
	void dates_come_back_as_iso_strings_and_numbers_as_numbers() {
		var row = safeCypher.read("RETURN date('2025-06-05') AS d, 1.5 AS x, 7 AS n, [1, 2] AS l", Map.of())
			.rows()
			.get(0);
		assertThat(row).containsEntry("d", "2025-06-05")
			.containsEntry("x", 1.5)
			.containsEntry("n", 7L)
			.containsEntry("l", List.of(1L, 2L));
	}

	private static CypherProperties properties(Duration timeout, int maxRows) {
		return CypherProperties.of(timeout, maxRows, List.of("db.labels"), List.of());
	}

}
