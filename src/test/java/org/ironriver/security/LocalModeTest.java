package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shared test context runs as one investigator does: nothing configured, HTTP on
 * loopback. Every request from this machine then has every role without a login — and the
 * host and origin checks still hold.
 */
@IntegrationTest
class LocalModeTest {

	static final String CYPHER = "{\"query\": \"MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS name\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityMode mode;

	@Test
	void with_nothing_configured_on_loopback_the_local_user_has_every_role_and_the_start_up_line_says_so()
			throws Exception {
		assertThat(mode.local()).isTrue();
		assertThat(mode.describe()).startsWith("local single-user mode: no login, every request from this machine is '"
				+ System.getProperty("user.name") + "' with every role (reader, analyst, editor, admin)");

		var seen = new ArrayList<List<String>>();
		var request = new MockHttpServletRequest("GET", "/api/search");
		request.setRemoteAddr("127.0.0.1");
		new LocalUser(mode.localUser()).doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				var authentication = SecurityContextHolder.getContext().getAuthentication();
				seen.add(authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList());
				seen.add(List.of(authentication.getName()));
			}
		});
		SecurityContextHolder.clearContext();
		assertThat(seen.get(0)).containsExactlyInAnyOrder("ROLE_READER", "ROLE_ANALYST", "ROLE_EDITOR", "ROLE_ADMIN");
		assertThat(seen.get(1)).containsExactly(System.getProperty("user.name"));

		// In the running application: a read, the analyst's Cypher, and an admin path all
		// get past authorization.
		mvc.perform(get("/api/entities/spragues-sports")).andExpect(status().isOk());
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content(CYPHER))
			.andExpect(status().isOk());
		int admin = mvc.perform(get("/api/audit")).andReturn().getResponse().getStatus();
		assertThat(admin).isNotIn(401, 403);
	}

	@Test
	void a_foreign_host_is_refused_with_421_for_api_pages_and_static_files() throws Exception {
		for (var path : List.of("/api/entities/spragues-sports", "/browser/index.html", "/", "/v3/api-docs")) {
			mvc.perform(get(path).header("Host", "evil.example:8080"))
				.andExpect(status().is(421))
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.title").value("Unknown host"))
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("IRONRIVER_ALLOWED_HOSTS")));
		}
		mvc.perform(get("/api/entities/spragues-sports").header("Host", "127.0.0.1:8080")).andExpect(status().isOk());
		mvc.perform(get("/api/entities/spragues-sports").header("Host", "[::1]:9999")).andExpect(status().isOk());
	}

	@Test
	void dns_rebinding_from_loopback_with_a_matching_origin_is_refused() throws Exception {
		// The case: the attacker's name rebound to 127.0.0.1, so Host and Origin
		// agree with each other.
		mvc.perform(multipart("/api/imports/facts").header("Host", "evil.example:8080")
			.header("Origin", "http://evil.example:8080"))
			.andExpect(status().is(421))
			.andExpect(content().contentType("application/problem+json"));
		mvc.perform(get("/api/search").param("q", "Sprague").header("Host", "evil.example:8080"))
			.andExpect(status().is(421));
		mvc.perform(get("/").header("Host", "evil.example:8080")
			.header("Upgrade", "websocket")
			.header("Connection", "Upgrade")).andExpect(status().is(421));
	}

	@Test
	void a_cross_site_write_or_websocket_is_refused_and_a_same_origin_one_is_not() throws Exception {
		for (var origin : List.of("https://attacker.example", "null", "http://localhost:3000", "http://127.0.0.1")) {
			mvc.perform(post("/api/cypher").header("Origin", origin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(CYPHER))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.title").value("Cross-site request refused"));
		}
		mvc.perform(post("/api/cypher").header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER)).andExpect(status().isForbidden());
		mvc.perform(get("/").header("Upgrade", "websocket").header("Origin", "https://attacker.example"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/cypher").header("Origin", "http://localhost")
			.header("Sec-Fetch-Site", "same-origin")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER)).andExpect(status().isOk());
		// A read from another site's page is a plain GET: the browser's same-origin
		// policy keeps its answer from the page.
		mvc.perform(get("/api/search").param("q", "Sprague").header("Origin", "https://attacker.example"))
			.andExpect(status().isOk());
	}

}
