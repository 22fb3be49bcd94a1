package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.ironriver.support.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Users, API keys, the editors' token and login sessions of a team installation, and the
 * refusals around them.
 */
@TeamInstallation
class CredentialsTest {

	static final String CYPHER = "{\"query\": \"MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS name\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityMode mode;

	@Autowired
	Driver driver;

	@Test
	void with_users_configured_the_local_mode_is_off_and_the_start_up_line_counts_them() {
		assertThat(mode.local()).isFalse();
		assertThat(mode.describe())
			.isEqualTo("authentication required: 4 users, 2 API keys (one is IRONRIVER_EDITOR_TOKEN), "
					+ "OIDC tokens from " + Team.IdentityProvider.INSTANCE.issuer);
	}

	@Test
	void a_request_from_this_machine_without_credentials_is_401_and_a_wrong_password_too() throws Exception {
		mvc.perform(get("/api/entities/spragues-sports"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Authentication required"))
			.andExpect(header().stringValues("WWW-Authenticate", Matchers.hasItem("Basic realm=\"ironriver\"")));
		mvc.perform(get("/api/entities/spragues-sports").header("Authorization", "Basic cmVhZGVyOndyb25n"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("not accepted")));
	}

	@Test
	void an_api_key_carries_its_role_in_either_header_and_an_unknown_key_is_401() throws Exception {
		mvc.perform(post("/api/cypher").header("X-API-Key", Team.ANALYST_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER)).andExpect(status().isOk());
		mvc.perform(post("/api/cypher").header("Authorization", "Bearer " + Team.ANALYST_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER)).andExpect(status().isOk());
		mvc.perform(post("/api/imports/facts").header("X-API-Key", Team.ANALYST_KEY))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Upload refused"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("IRONRIVER_EDITOR_TOKEN")));
		mvc.perform(get("/api/search").param("q", "Sprague").header("X-API-Key", "irk_guessed"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("unknown API key")));
	}

	@Test
	void the_editors_token_uploads_as_a_bearer_token_and_a_cross_site_upload_is_refused_even_with_it()
			throws Exception {
		var csv = ImportFixtures.FACTS_HEADER
				+ "\n,Organization,Token Org,LOCATED_IN,MX,Country,,,,https://example.org/token,,,,,,\n";
		var file = new MockMultipartFile("file", "token.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		var bearer = "Bearer " + Team.EDITOR_TOKEN;

		mvc.perform(multipart("/api/imports/facts").file(file)
			.header("Authorization", bearer)
			.header("Origin", "https://attacker.example"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("another site")));
		mvc.perform(multipart("/api/imports/facts").file(file)
			.header("Authorization", bearer)
			.header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
		assertThat(organizations("Token Org")).isZero();

		mvc.perform(multipart("/api/imports/facts").file(file)
			.header("Authorization", bearer)
			.header("Origin", "http://localhost"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(organizations("Token Org")).isEqualTo(1);
	}

	@Test
	void a_web_browser_is_sent_to_the_login_form_and_its_session_then_carries_the_role() throws Exception {
		mvc.perform(get("/browser/").header("Accept", "text/html,application/xhtml+xml"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("password")));

		var session = new MockHttpSession();
		mvc.perform(post("/login").session(session)
			.header("Origin", "http://localhost")
			.param("username", "analyst")
			.param("password", "analyst" + Team.PASSWORD_SUFFIX)).andExpect(status().isFound());
		mvc.perform(post("/api/cypher").session(session).contentType(MediaType.APPLICATION_JSON).content(CYPHER))
			.andExpect(status().isOk());
		// The logged-in session is no help to another site's page.
		mvc.perform(post("/api/cypher").session(session)
			.header("Origin", "https://attacker.example")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Cross-site request refused"));
		mvc.perform(multipart("/api/imports/facts").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void a_login_posted_from_another_site_is_refused() throws Exception {
		mvc.perform(post("/login").header("Origin", "https://attacker.example")
			.param("username", "admin")
			.param("password", "admin" + Team.PASSWORD_SUFFIX)).andExpect(status().isForbidden());
	}

	@Test
	void a_foreign_host_is_refused_even_with_valid_credentials() throws Exception {
		mvc.perform(get("/api/entities/spragues-sports").header("Host", "evil.example:8080")
			.header("Authorization", Team.basic("admin")))
			.andExpect(status().is(421))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Unknown host"));
	}

	@Test
	void a_write_no_rule_declares_is_refused_to_everyone_and_a_read_of_nothing_is_a_404() throws Exception {
		mvc.perform(post("/not-declared").header("Authorization", Team.basic("admin")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("nothing is served at POST /not-declared"));
		mvc.perform(get("/not-declared").header("Authorization", Team.basic("reader")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/not-declared")).andExpect(status().isUnauthorized());
	}

	/**
	 * The explorer's resolution pages are a reader's to open; judging is the API's to
	 * refuse, with a problem detail the page shows.
	 */
	@Test
	void a_reader_opens_the_resolution_pages_but_may_not_judge() throws Exception {
		for (var page : java.util.List.of("/resolution", "/resolution/judgements")) {
			mvc.perform(get(page).header("Authorization", Team.basic("reader")).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/explorer/app.js")));
		}
		mvc.perform(post("/api/resolution/judgements").header("Authorization", Team.basic("reader"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"left\": \"spragues-sports\", \"right\": \"yuma\", \"verdict\": \"same\", \"why\": \"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private long organizations(String name) {
		try (var session = driver.session()) {
			return session
				.run("MATCH (o:Organization {name: $name}) RETURN count(o) AS n", java.util.Map.of("name", name))
				.single()
				.get("n")
				.asLong();
		}
	}

}
