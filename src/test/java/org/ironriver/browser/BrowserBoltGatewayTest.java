package org.ironriver.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Neo4j Browser's Bolt gateway on a real server: Bolt over WebSocket on the application's
 * own origin, relayed to the embedded database with the application's credentials.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}" })
class BrowserBoltGatewayTest {

	@LocalServerPort
	int port;

	private URI gateway() {
		return URI.create("ws://localhost:" + port + "/");
	}

	private String ownOrigin() {
		return "http://localhost:" + port;
	}

	@Test
	void browser_opened_from_the_application_connects_and_reads_without_knowing_the_password() throws Exception {
		try (var bolt = BoltWebSocketClient.connect(gateway(), Map.of("Origin", ownOrigin()))) {
			var login = bolt.login();
			assertThat(login.success()).as("login through the gateway: %s (Bolt %s)", login, bolt.version()).isTrue();
			var replies = bolt.run("MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS name", Map.of());
			assertThat(replies).hasSize(3);
			assertThat(replies.get(1).fields().get(0)).isEqualTo(java.util.List.of("Sprague's Sports, Inc."));
			assertThat(replies.get(2).success()).isTrue();
		}
	}

	@Test
	void a_websocket_from_a_foreign_page_is_refused_before_any_bolt() {
		assertThatThrownBy(() -> BoltWebSocketClient.connect(gateway(), Map.of("Origin", "http://evil.example")))
			.isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(WebSocketHandshakeException.class)
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(403));
	}

	@Test
	void a_websocket_from_a_sandboxed_page_with_a_null_origin_is_refused() {
		assertThatThrownBy(() -> BoltWebSocketClient.connect(gateway(), Map.of("Origin", "null"))).cause()
			.isInstanceOf(WebSocketHandshakeException.class)
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(403));
	}

	@Test
	void malformed_bolt_from_a_page_ends_only_that_connection() throws Exception {
		try (var bolt = BoltWebSocketClient.connect(gateway(), Map.of("Origin", ownOrigin()))) {
			// A RUN whose query claims a 32-bit length and stops after one byte of it.
			bolt.sendRaw(new byte[] { 0x00, 0x04, (byte) 0xB3, 0x10, (byte) 0xD2, 0x00, 0x00, 0x00 });
		}
		try (var bolt = BoltWebSocketClient.connect(gateway(), Map.of("Origin", ownOrigin()))) {
			assertThat(bolt.login().success()).isTrue();
			assertThat(bolt.run("RETURN 1 AS one", Map.of()).get(1).fields())
				.isEqualTo(java.util.List.of(java.util.List.of(1L)));
		}
	}

	@Test
	void a_plain_request_for_the_root_still_gets_the_home_page() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/browser/connect");
	}

}
