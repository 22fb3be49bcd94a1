package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tokens of the organization's identity provider (OIDC): the issuer's discovery document
 * and key set are fetched from it, each token's signature, issuer and expiry are checked,
 * and its roles come from the {@code roles} claim.
 */
@TeamInstallation
class OidcTokensTest {

	static final Team.IdentityProvider idp = Team.IdentityProvider.INSTANCE;

	static final String CYPHER = "{\"query\": \"MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS name\"}";

	@Autowired
	MockMvc mvc;

	@Test
	void a_signed_token_with_the_analyst_role_may_run_cypher_but_not_upload() throws Exception {
		var token = idp.token("ana", List.of("analyst"));

		mvc.perform(post("/api/cypher").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sprague")));
		mvc.perform(post("/api/imports/facts").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value(Matchers.containsString("needs the editor role; 'ana' has reader, analyst")));
	}

	@Test
	void a_reader_token_reads_and_is_refused_cypher_and_roles_may_be_one_string() throws Exception {
		var token = idp.token("rita", "reader");

		mvc.perform(get("/api/entities/spragues-sports").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"));
		mvc.perform(post("/api/cypher").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CYPHER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("analyst")));
	}

	@Test
	void a_token_signed_with_another_key_is_401_with_a_bearer_challenge() throws Exception {
		var forged = idp.token(idp.stranger, idp.issuer, "mallory", Map.of("roles", List.of("admin")),
				Instant.now().plusSeconds(300));

		mvc.perform(get("/api/entities/spragues-sports").header("Authorization", "Bearer " + forged))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(header().stringValues("WWW-Authenticate", Matchers.hasItem(Matchers.startsWith("Bearer"))));
	}

	@Test
	void an_expired_token_or_one_from_another_issuer_is_401() throws Exception {
		var expired = idp.token(idp.key, idp.issuer, "old", Map.of("roles", List.of("admin")),
				Instant.now().minusSeconds(600));
		var foreign = idp.token(idp.key, "https://other-issuer.example", "x", Map.of("roles", List.of("admin")),
				Instant.now().plusSeconds(300));

		for (var token : List.of(expired, foreign, "not.a.jwt")) {
			mvc.perform(get("/api/search").param("q", "Sprague").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentType("application/problem+json"));
		}
	}

	@Test
	void a_valid_token_without_a_known_role_is_403_and_unknown_role_names_give_nothing() throws Exception {
		var token = idp.token("nobody", List.of("superuser", "guest"));

		mvc.perform(get("/api/entities/spragues-sports").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("'nobody' has no role")));
	}

	@Test
	void while_the_identity_provider_cannot_be_reached_a_token_is_refused_as_unverifiable_not_an_error()
			throws Exception {
		int closed;
		try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		var decoder = SecurityConfiguration
			.jwtDecoder(new SecurityProperties.Oidc("http://127.0.0.1:" + closed, null, null, null));

		assertThatThrownBy(() -> decoder.decode(idp.token("ana", List.of("analyst"))))
			.isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class)
			.hasMessageContaining("cannot be reached to check the token");
	}

}
