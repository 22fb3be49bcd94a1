package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.ironriver.IronriverApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The application on an external database (reached through {@code NEO4J_URI}, as a
 * server, cluster or Aura would be) that goes away and comes back: 503 problem details
 * while it is gone, normal answers once it returns, without restarting the application.
 * Readiness (on a management port of its own here, {@code MANAGEMENT_PORT}) follows the
 * database; liveness does not, so an orchestrator stops sending traffic instead of
 * restarting it.
 */
@DisabledIfEnvironmentVariable(named = "NEO4J_URI", matches = ".+",
		disabledReason = "the test stops and restarts a database of its own; with NEO4J_URI set, the suite runs "
				+ "against an external server, and this test covers the same path on every run without it")
class DatabaseOutageTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answers_503_while_the_database_is_down_and_recovers_when_it_returns(@TempDir Path store) throws Exception {
		int boltPort = freePort();
		var properties = EmbeddedNeo4jProperties.of(store, boltPort, "127.0.0.1", "64m");
		var database = EmbeddedNeo4j.start(properties);
		try (var app = new SpringApplicationBuilder(IronriverApplication.class).run(
				"--NEO4J_URI=bolt://localhost:" + boltPort, "--NEO4J_PASSWORD=" + database.password(),
				"--server.port=0", "--MANAGEMENT_PORT=0")) {
			var base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			var management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");

			assertThat(get(base + "/api/entities/spragues-sports").statusCode()).isEqualTo(200);
			var ready = get(management + "/actuator/health/readiness");
			assertThat(ready.statusCode()).isEqualTo(200);
			assertThat(status(ready.body(), "/components/neo4j/status")).isEqualTo("UP");
			assertThat(get(base + "/actuator/health").statusCode()).as("not on the application's port").isEqualTo(404);

			database.close();
			var down = get(base + "/api/entities/spragues-sports");
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(down.body()).contains("Database unavailable");
			var notReady = get(management + "/actuator/health/readiness");
			assertThat(notReady.statusCode()).isEqualTo(503);
			assertThat(status(notReady.body(), "/status")).isEqualTo("DOWN");
			assertThat(status(notReady.body(), "/components/neo4j/status")).isEqualTo("DOWN");
			assertThat(get(management + "/actuator/health/liveness").statusCode()).isEqualTo(200);

			database = EmbeddedNeo4j.start(properties);
			assertThat(eventually(base + "/api/entities/spragues-sports").statusCode()).isEqualTo(200);
			assertThat(eventually(management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
	}

	private static String status(String json, String pointer) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).at(pointer).asString();
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The driver drops its broken connections on first use; allow a few requests for the
	 * pool to refill.
	 */
	private HttpResponse<String> eventually(String url) throws Exception {
		HttpResponse<String> response = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			response = get(url);
			if (response.statusCode() == 200) {
				return response;
			}
			Thread.sleep(250);
		}
		return response;
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
