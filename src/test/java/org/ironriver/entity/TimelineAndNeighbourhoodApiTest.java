package org.ironriver.entity;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class TimelineAndNeighbourhoodApiTest {

	@Autowired
	MockMvc mvc;

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
