package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;

import org.hamcrest.Matchers;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every attempt of {@code cypher-attacks.txt} to write, reach files, URLs or other
 * databases, or administer the database through {@code POST /api/cypher} is refused with
 * 400 and the reason the corpus names (so it is clear which guard caught it: the plan
 * check, or the database's parser), and the database is unchanged after each one (node
 * and relationship counts and a checksum over all content, tokens and schema).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherAttacksAreRefusedTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jSessions sessions;

	GraphFingerprint before;

	@BeforeAll
	void fingerprintTheGraph() {
		before = GraphFingerprint.of(sessions);
	}

	static List<CypherAttackCorpus> attacks() {
		return CypherAttackCorpus.load();
	}

	@Test
	void the_corpus_holds_at_least_forty_attempts_and_the_graph_holds_the_curated_data() {
		assertThat(attacks()).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy(a -> assertThat(a.reason()).as(a.name()).isNotBlank());
		assertThat(before.nodes()).isGreaterThan(100);
		assertThat(before.relationships()).isGreaterThan(100);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void is_refused_with_a_reason_and_leaves_the_graph_byte_for_byte_unchanged(CypherAttackCorpus attack)
			throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("query", attack.query());
		body.put("parameters", attack.parameters());
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", Matchers.containsString(attack.reason())));
		assertThat(GraphFingerprint.of(sessions)).isEqualTo(before);
	}

}
