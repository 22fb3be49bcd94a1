package org.ironriver.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every endpoint that takes a count answers a count out of bounds the same way: 400, the
 * parameter, its bounds and the value asked for. None clamps it silently.
 */
@IntegrationTest
class RequestBoundsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void a_value_from_1_to_the_maximum_is_taken_and_an_absent_one_is_the_default() {
		assertThat(RequestBounds.between1And(100, "limit", 1)).isEqualTo(1);
		assertThat(RequestBounds.between1And(100, "limit", 100)).isEqualTo(100);
		assertThat(RequestBounds.between1And(100, "limit", null, 20)).isEqualTo(20);
		assertThat(RequestBounds.between1And(100, "limit", 7, 20)).isEqualTo(7);
	}

	@Test
	void a_value_outside_is_a_bad_request_that_names_parameter_bounds_and_value() {
		assertThatThrownBy(() -> RequestBounds.between1And(100, "limit", 0)).isInstanceOf(BadRequestException.class)
			.hasMessage("limit must be between 1 and 100, was 0");
		assertThatThrownBy(() -> RequestBounds.between1And(6, "maxHops", 7, 4)).isInstanceOf(BadRequestException.class)
			.hasMessage("maxHops must be between 1 and 6, was 7");
	}

	@Test
	void the_import_list_refuses_a_limit_out_of_bounds_instead_of_clamping_it() throws Exception {
		expect400(get("/api/imports").param("limit", "0"), "limit must be between 1 and 1000, was 0");
		expect400(get("/api/imports").param("limit", "5000"), "limit must be between 1 and 1000, was 5000");
		mvc.perform(get("/api/imports").param("limit", "1000")).andExpect(status().isOk());
	}

	@Test
	void every_other_bounded_parameter_answers_the_same_way() throws Exception {
		expect400(get("/api/audit").param("limit", "1001"), "limit must be between 1 and 1000, was 1001");
		expect400(get("/api/search").param("q", "glock").param("limit", "0"), "limit must be between 1 and 100, was 0");
		expect400(get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("maxHops", "9"),
				"maxHops must be between 1 and 6, was 9");
		expect400(get("/api/entities/spragues-sports/neighbourhood").param("limit", "0"),
				"limit must be between 1 and 500, was 0");
		expect400(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("""
				{"query": "RETURN 1 AS one", "maxRows": 0}"""), "maxRows must be between 1 and 10000, was 0");
	}

	private void expect400(RequestBuilder request, String detail) throws Exception {
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(detail));
	}

}
