package org.ironriver.entity;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EntityApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void returns_a_dealer_with_its_lawsuit_and_location_and_the_evidence_of_each() throws Exception {
		mvc.perform(get("/api/entities/spragues-sports"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"))
			.andExpect(jsonPath("$.entity.type").value("Dealer"))
			.andExpect(jsonPath("$.entity.name").value("Sprague's Sports, Inc."))
			.andExpect(jsonPath("$.relationships[?(@.relationship.type == 'DEFENDANT_IN')].other.id")
				.value(hasItem("mx-v-diamondback")))
			.andExpect(
					jsonPath("$.relationships[?(@.relationship.type == 'LOCATED_IN')].other.id").value(hasItem("yuma")))
			.andExpect(jsonPath("$.relationships[*].relationship.evidence.sources[0].title")
				.value(everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.relationships[*].relationship.evidence.sources[0].url")
				.value(everyItem(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.truncated").value(false));
	}

	@Test
	void shows_direction_and_business_ids_never_element_ids() throws Exception {
		mvc.perform(get("/api/entities/ruling-scotus-2025-06-05"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.properties.citation").value("605 U.S. 280"))
			.andExpect(
					jsonPath("$.relationships[?(@.relationship.type == 'APPLIES' && @.other.id == 'plcaa')].direction")
						.value(hasItem("outgoing")))
			.andExpect(jsonPath("$.relationships[?(@.relationship.type == 'AUTHORED')].relationship.from")
				.value(hasItem("elena-kagan")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("elementId"))));
	}

	@Test
	void answers_404_with_a_problem_detail_for_an_unknown_id() throws Exception {
		mvc.perform(get("/api/entities/no-such-entity"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("no entity with id 'no-such-entity'"));
	}

	@Test
	void answers_400_for_an_id_that_cannot_be_an_id() throws Exception {
		mvc.perform(get("/api/entities/{id}", "x".repeat(300)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("id")));
	}

}
