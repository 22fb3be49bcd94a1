package org.ironriver.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The limits, set low so a test can reach them, on a real server: an upload over its
 * limit, a JSON body over its cap with and without a Content-Length, the request after a
 * caller's rate limit, and a connection pool with nothing to give. Each answer is a
 * problem detail that says which limit and how to change it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ironriver.embedded.bolt-port=0",
				"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}", "ironriver.limits.upload-max-size=4KB",
				"ironriver.limits.json-max-size=1KB", "ironriver.limits.rate-limit-per-minute=3",
				"spring.neo4j.pool.max-connection-pool-size=" + LimitsTest.POOL_SIZE,
				"spring.neo4j.pool.connection-acquisition-timeout=3s" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = LimitsTest.Callers.class)
class LimitsTest {

	/**
	 * The callers the limits tell apart, each an API key (so the local single user, one
	 * caller, is off).
	 */
	static final List<String> CALLERS = List.of("alice", "bob", "key-one", "key-two", "json-declared", "json-chunked",
			"json-library", "json-small", "json-deep", "uploader", "reader");

	static String key(String caller) {
		return "irk_" + caller + "-limits-test-key-0123456789abcdef";
	}

	static class Callers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			var lines = new ArrayList<String>();
			for (var caller : CALLERS) {
				lines.add("ironriver.security.users[" + lines.size() + "]=key:" + caller + ":{sha256}"
						+ DigestUtils.sha256Hex(key(caller)) + ":editor");
			}
			TestPropertyValues.of(lines).applyTo(context);
		}

	}

	/**
	 * Small enough to hold every connection, large enough for start-up on a loaded
	 * machine (two was not).
	 */
	static final int POOL_SIZE = 8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Test
	void an_upload_over_the_limit_is_a_413_that_names_the_limit_and_the_variable() throws Exception {
		var boundary = "limits-boundary";
		var body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ffl-2026-10.txt\"\r\n\r\n"
				+ "x".repeat(8 * 1024) + "\r\n--" + boundary + "--\r\n";
		var answer = send(HttpRequest.newBuilder(uri("/api/imports/ffl"))
			.header("X-API-Key", key("uploader"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var problem = JSON.readTree(answer.body());
		assertThat(problem.path("detail").asString()).contains("4KB").contains("IRONRIVER_UPLOAD_MAX_SIZE");
		assertThat(problem.path("limitBytes").asLong()).isEqualTo(4096);
	}

	@Test
	void a_json_body_over_the_cap_is_a_413_whether_it_declares_its_length_or_comes_in_chunks() throws Exception {
		var big = ("{\"query\":\"RETURN $x AS x\",\"parameters\":{\"x\":\"" + "y".repeat(2000) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		var declared = send(json("/api/cypher", "json-declared").POST(HttpRequest.BodyPublishers.ofByteArray(big)));
		var chunked = send(json("/api/cypher", "json-chunked")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
		var library = send(json("/api/queries/dealers-sued-and-where", "json-library")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

		for (var answer : new HttpResponse<?>[] { declared, chunked, library }) {
			assertThat(answer.statusCode()).isEqualTo(413);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			var problem = JSON.readTree((String) answer.body());
			assertThat(problem.path("detail").asString()).contains("1KB").contains("IRONRIVER_JSON_MAX_SIZE");
		}
	}

	@Test
	void a_json_body_under_the_cap_is_answered_also_in_chunks() throws Exception {
		var small = "{\"query\":\"RETURN 41 + 1 AS answer\"}".getBytes(StandardCharsets.UTF_8);
		var answer = send(json("/api/cypher", "json-small")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(answer.body()).path("rows").get(0).path("answer").asInt()).isEqualTo(42);
	}

	@Test
	void json_nested_deeper_than_the_parser_allows_is_a_400_that_says_why() throws Exception {
		var deep = "{\"query\":\"RETURN 1\",\"parameters\":{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}}";
		var answer = send(json("/api/cypher", "json-deep").POST(HttpRequest.BodyPublishers.ofString(deep)));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("nesting depth");
	}

	@Test
	void the_request_after_a_principals_limit_is_a_429_with_retry_after_and_other_principals_are_unaffected()
			throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/queries").header("X-API-Key", key("alice"))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/queries").header("X-API-Key", key("alice")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("IRONRIVER_RATE_LIMIT_PER_MINUTE")));

		// entity resolution reads the whole graph on each call: the same bucket
		mvc.perform(get("/api/resolution/candidates").header("X-API-Key", key("alice")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/queries").header("X-API-Key", key("bob"))).andExpect(status().isOk());
		// Only the query endpoints are limited: alice still reads entities.
		mvc.perform(get("/api/entities/spragues-sports").header("X-API-Key", key("alice"))).andExpect(status().isOk());
	}

	@Test
	void callers_without_a_principal_are_told_apart_by_their_api_key() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send(keyed("/api/paths?from=spragues-sports&to=MX", "key-one")).statusCode()).isEqualTo(200);
		}
		var limited = send(keyed("/api/paths?from=spragues-sports&to=MX", "key-one"));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		assertThat(limited.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		assertThat(send(keyed("/api/paths?from=spragues-sports&to=MX", "key-two")).statusCode()).isEqualTo(200);
	}

	@Test
	void with_every_pooled_connection_taken_a_read_is_a_503_with_retry_after_and_recovers_when_one_is_free()
			throws Exception {
		var held = new java.util.ArrayList<org.neo4j.driver.Session>();
		try {
			for (int i = 0; i < POOL_SIZE; i++) {
				var session = driver.session();
				held.add(session);
				session.beginTransaction().run("RETURN 1").consume();
			}

			var busy = send(keyed("/api/entities/spragues-sports", "reader"));
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After"))
				.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
			assertThat(busy.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(JSON.readTree(busy.body()).path("title").asString()).isEqualTo("Database busy");
		}
		finally {
			// Closing a session rolls back its open transaction and gives the connection
			// back to the pool.
			held.forEach(org.neo4j.driver.Session::close);
		}
		assertThat(send(keyed("/api/entities/spragues-sports", "reader")).statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder json(String path, String key) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-API-Key", key(key));
	}

	private HttpRequest.Builder keyed(String path, String key) {
		return HttpRequest.newBuilder(uri(path)).header("X-API-Key", key(key)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
