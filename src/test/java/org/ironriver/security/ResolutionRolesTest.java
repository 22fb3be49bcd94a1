package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Judgements are writes: readers and analysts may list candidates and judgements but not
 * judge or undo (403, and nothing written); an editor's judgement names the editor.
 */
@TeamInstallation
class ResolutionRolesTest {

	private static final String BODY = "{\"left\": \"spragues-sports\", \"right\": \"diamondback\", "
			+ "\"verdict\": \"not-same\", \"why\": \"two shops\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	private long judgements() {
		try (var session = driver.session()) {
			return session.run("MATCH (j:Judgement) RETURN count(j) AS n").single().get("n").asLong();
		}
	}

	@Test
	void readers_and_analysts_may_read_but_not_judge_and_an_editor_judges_as_themselves() throws Exception {
		long before = judgements();
		for (var user : new String[] { "reader", "analyst" }) {
			mvc.perform(get("/api/resolution/candidates").header("Authorization", Team.basic(user)))
				.andExpect(status().isOk());
			mvc.perform(get("/api/resolution/judgements").header("Authorization", Team.basic(user)))
				.andExpect(status().isOk());
			mvc.perform(post("/api/resolution/judgements").header("Authorization", Team.basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"));
			mvc.perform(delete("/api/resolution/judgements/judgement-x").header("Authorization", Team.basic(user)))
				.andExpect(status().isForbidden());
		}
		assertThat(judgements()).isEqualTo(before);

		var answer = mvc
			.perform(post("/api/resolution/judgements").header("Authorization", Team.basic("editor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.who").value("editor"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(answer, "$.id");
		mvc.perform(delete("/api/resolution/judgements/" + id).header("Authorization", Team.basic("editor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retractedBy").value("editor"));
		try (var session = driver.session()) {
			session.run("MATCH (j:Judgement {id: $id}) DELETE j", java.util.Map.of("id", id)).consume();
		}
	}

}
