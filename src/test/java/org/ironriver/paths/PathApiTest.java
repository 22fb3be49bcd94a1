package org.ironriver.paths;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PathApiTest {

	@Autowired
	MockMvc mvc;

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
			// the location route: yuma -> arizona -> US -> a flow observation -> MX is 5
			// hops, out of the default 4
			.andExpect(
					jsonPath("$.paths[*].hops[*].relationship.evidence.sources[*].id", everyItem(startsWith("src-"))))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.evidence.sources[*].title",
					everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.paths[*].score", everyItem(both(greaterThan(0.0)).and(lessThanOrEqualTo(1.0)))));
	}

	@Test
	void trace_with_six_hops_reaches_mexico_through_the_flow_observations() throws Exception {
		mvc.perform(get("/api/trace").param("from", "spragues-sports")
			.param("country", "MX")
			.param("maxHops", "6")
			.param("limit", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[*].nodes[*].id", hasItems("yuma", "arizona", "US")))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.type", hasItems("ORIGIN_OF", "DESTINED_FOR")));
	}

	@Test
	void trace_as_of_a_date_before_the_lawsuit_drops_the_lawsuit_route() throws Exception {
		mvc.perform(get("/api/trace").param("from", "spragues-sports")
			.param("country", "MX")
			.param("maxHops", "6")
			.param("asOf", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2020-01-01"))
			.andExpect(jsonPath("$.paths", not(empty())))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.type", not(hasItem("DEFENDANT_IN"))));
		mvc.perform(get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("maxHops", "6"))
			.andExpect(jsonPath("$.paths[*].hops[*].relationship.type", hasItem("DEFENDANT_IN")));
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
