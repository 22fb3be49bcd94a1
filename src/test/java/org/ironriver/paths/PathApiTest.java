package org.ironriver.paths;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PathApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jSessions sessions;

	@Test
	void paths_from_spragues_sports_to_mexico_have_resolvable_sources_on_every_hop() throws Exception {
		mvc.perform(get("/api/paths").param("from", "spragues-sports").param("to", "MX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("spragues-sports"))
			.andExpect(jsonPath("$.maxHops").value(4))
			.andExpect(jsonPath("$.paths", not(empty())))
			.andExpect(jsonPath("$.paths[0].nodes[0].id").value("spragues-sports"))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.evidence.sources", everyItem(not(empty()))))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.evidence.sources[*].title",
					everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.query.name").value("paths-between"));
	}

	@Test
	void trace_from_spragues_sports_to_mexico_goes_through_yuma_arizona_and_the_lawsuit() throws Exception {
		mvc.perform(get("/api/trace").param("from", "spragues-sports").param("country", "MX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("trace"))
			.andExpect(jsonPath("$.paths", not(empty())))
			// the lawsuit route: dealer -DEFENDANT_IN-> mx-v-diamondback <-PLAINTIFF_IN-
			// gov-mx -GOVERNMENT_OF-> MX
			.andExpect(jsonPath("$.paths[?(@.length == 3)].hops[1].relationship.type", hasItem("PLAINTIFF_IN")))
			.andExpect(jsonPath("$.paths[?(@.length == 3)].hops[1].forward", hasItem(false)))
			.andExpect(jsonPath("$.paths[?(@.length == 3)].nodes[2].id", hasItem("gov-mx")))
			.andExpect(
					jsonPath("$.paths[*].hops[*].relationship.evidence.sources[*].id", everyItem(startsWith("src-"))))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.evidence.sources[*].title",
					everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.paths[*].score", everyItem(both(greaterThan(0.0)).and(lessThanOrEqualTo(1.0)))));
	}

	@Test
	void the_curated_trace_of_a_gun_used_against_ice_agents_leads_from_its_texas_dealer_to_mexico() throws Exception {
		// The curated record, not a synthetic chain: off-duty-enterprise <-TRACED_TO-
		// trace-zapata-osorio -TRACE_OF-> the firearm <-INCLUDED- its seizure
		// -OCCURRED_IN-> MX
		mvc.perform(get("/api/trace").param("from", "off-duty-enterprise").param("country", "MX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[?(@.length == 4)].nodes[1].id", hasItem("trace-zapata-osorio")))
			.andExpect(jsonPath("$.paths[?(@.length == 4)].nodes[3].id", hasItem("recovery-zapata-2011-02-23")))
			.andExpect(jsonPath("$.paths[?(@.length == 4)].hops[0].relationship.type", hasItem("TRACED_TO")))
			.andExpect(jsonPath("$.paths[?(@.length == 4)].hops[0].forward", hasItem(false)))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.evidence.sources", everyItem(not(empty()))))
			.andExpect(jsonPath("$.paths[*].nodes[-1].id", everyItem(is("MX"))));
	}

	@Test
	void a_statistic_is_never_a_path_but_context_with_its_caveat() throws Exception {
		mvc.perform(get("/api/trace").param("from", "spragues-sports")
			.param("country", "MX")
			.param("maxHops", "6")
			.param("limit", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[*].nodes[*].type", not(hasItem("FlowObservation"))))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.type", not(hasItem("ORIGIN_OF"))))
			// the dealer's places (Yuma, Arizona, the United States) as origins of
			// published
			// figures about Mexico
			.andExpect(jsonPath("$.context", not(empty())))
			.andExpect(jsonPath("$.context[*].nodes[0].id", everyItem(is("spragues-sports"))))
			.andExpect(jsonPath("$.context[*].hops[-2].relationship.type", everyItem(is("ORIGIN_OF"))))
			.andExpect(jsonPath("$.context[*].nodes[-2].type", everyItem(is("FlowObservation"))))
			.andExpect(jsonPath("$.context[*].nodes[-2].properties.caveat", everyItem(not(emptyOrNullString()))))
			// Mexico, or a region it is part of (figures for Mexico and Central America)
			.andExpect(jsonPath("$.context[*].nodes[-1].id",
					everyItem(org.hamcrest.Matchers.anyOf(is("MX"), is("mexico-central-america")))));
	}

	@Test
	void a_case_level_chain_is_found_within_the_default_hops_and_scored_as_a_path() throws Exception {
		// A synthetic chain, removed after the test: dealer <-SOLD_BY- purchase
		// -BOUGHT_BY->
		// buyer <-TRAFFICKED_BY- trafficking -DESTINED_FOR-> MX, and a trace of a gun
		// recovered in Mexico back to the dealer.
		sessions.transport()
			.write(tx -> tx
				.run("""
						MERGE (s:Entity:Source {id: 'src-test-case-chain'})
						  SET s.name = 'A test record', s.title = 'A test record', s.kind = 'court-record', s.url = 'https://example.org/test'
						MERGE (d:Entity:Dealer {id: 'test-case-dealer'}) SET d.name = 'Test Case Dealer'
						MERGE (p:Entity:Purchase {id: 'test-case-purchase'}) SET p.name = 'Purchase of 10 rifles', p.count = 10
						MERGE (b:Entity:Person {id: 'test-case-buyer'}) SET b.name = 'Test Buyer'
						MERGE (t:Entity:Trafficking {id: 'test-case-trafficking'}) SET t.name = 'Trafficking to Sonora'
						MERGE (ft:Entity:FirearmTrace {id: 'test-case-trace'}) SET ft.name = 'Trace of a recovered rifle'
						MERGE (r:Entity:Recovery {id: 'test-case-recovery'}) SET r.name = 'Recovery in Sonora'
						WITH d, p, b, t, ft, r
						MATCH (mx:Country {id: 'MX'})
						MERGE (p)-[:SOLD_BY {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(d)
						MERGE (p)-[:BOUGHT_BY {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(b)
						MERGE (t)-[:TRAFFICKED_BY {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(b)
						MERGE (t)-[:DESTINED_FOR {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(mx)
						MERGE (ft)-[:TRACED_TO {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(d)
						MERGE (ft)-[:TRACE_OF {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(r)
						MERGE (r)-[:OCCURRED_IN {sources: ['src-test-case-chain'], confidence: 1.0, origin: 'test'}]->(mx)
						"""));
		try {
			mvc.perform(get("/api/trace").param("from", "test-case-dealer").param("country", "MX"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.maxHops").value(4))
				.andExpect(jsonPath("$.paths[?(@.length == 4)].nodes[*].id",
						hasItems("test-case-purchase", "test-case-buyer", "test-case-trafficking")))
				.andExpect(jsonPath("$.paths[?(@.length == 4)].hops[0].relationship.type", hasItem("SOLD_BY")))
				.andExpect(jsonPath("$.paths[?(@.length == 4)].hops[0].forward", hasItem(false)))
				.andExpect(jsonPath("$.paths[?(@.length == 3)].nodes[*].id",
						hasItems("test-case-trace", "test-case-recovery")))
				.andExpect(jsonPath("$.paths[*].score", everyItem(closeTo(0.5, 1e-9))))
				.andExpect(jsonPath("$.context", empty()));
		}
		finally {
			sessions.transport()
				.write(tx -> tx
					.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-case-' OR n.id = 'src-test-case-chain' "
							+ "DETACH DELETE n"));
		}
	}

	@Test
	void shortest_paths_from_the_scotus_ruling_to_plcaa_are_one_hop() throws Exception {
		mvc.perform(get("/api/paths/shortest").param("from", "ruling-scotus-2025-06-05").param("to", "plcaa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", not(empty())))
			.andExpect(jsonPath("$.paths[*].length", everyItem(is(1))))
			.andExpect(jsonPath("$.paths[*].hops[0].relationship.type", hasItems("APPLIES", "CITES")));
	}

	@Test
	void an_unknown_id_is_a_404_problem() throws Exception {
		mvc.perform(get("/api/paths").param("from", "no-such-dealer").param("to", "MX"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("no-such-dealer")));
		mvc.perform(get("/api/trace").param("from", "spragues-sports").param("country", "XX"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/paths/shortest").param("from", "spragues-sports").param("to", "nowhere"))
			.andExpect(status().isNotFound());
	}

	@Test
	void more_than_six_hops_a_missing_parameter_or_a_non_country_are_400_problems() throws Exception {
		mvc.perform(get("/api/paths").param("from", "spragues-sports").param("to", "MX").param("maxHops", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("maxHops")));
		mvc.perform(get("/api/paths").param("from", "spragues-sports").param("to", "MX").param("maxHops", "0"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/paths").param("to", "MX")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/paths").param("from", "spragues-sports").param("to", "MX").param("maxHops", "four"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/trace").param("from", "spragues-sports").param("country", "arizona"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Country")));
		mvc.perform(
				get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("asOf", "yesterday"))
			.andExpect(status().isBadRequest());
		mvc.perform(
				get("/api/paths/shortest").param("from", "spragues-sports").param("to", "plcaa").param("maxHops", "9"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("limit", "0"))
			.andExpect(status().isBadRequest());
	}

}
