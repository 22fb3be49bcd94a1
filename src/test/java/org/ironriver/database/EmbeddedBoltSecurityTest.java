package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * The embedded database as a stranger on this machine meets it: the Bolt port wants the
 * store's password, and a web page cannot even open a WebSocket on it.
 */
class EmbeddedBoltSecurityTest {

	@TempDir
	static Path store;

	static EmbeddedNeo4j database;

	@BeforeAll
	static void start() {
		database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store, 0, "127.0.0.1", "16m", "64m", "192m",
				List.of("http://trusted.example:9999")));
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void a_bolt_client_without_credentials_is_refused() {
		try (var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(SecurityException.class)
				.hasMessageContaining("only allowed when auth is disabled");
		}
	}

	@Test
	void a_bolt_client_with_a_guessed_password_is_refused() {
		try (var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void the_application_connects_with_the_stores_password() {
		try (var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			var answer = driver.executableQuery("RETURN 6 * 7 AS answer").execute().records().get(0);
			assertThat(answer.get("answer").asInt()).isEqualTo(42);
		}
	}

	@Test
	void the_password_is_long_random_and_readable_by_its_owner_only() throws IOException {
		var file = BoltSecret.file(store.toAbsolutePath());
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(database.password()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
		assertThat(Files.readString(file).strip()).isEqualTo(database.password());
	}

	@Test
	void a_websocket_from_a_foreign_web_page_is_refused_on_the_database_port() throws IOException {
		assertThat(upgrade("http://evil.example")).startsWith("HTTP/1.1 403");
		assertThat(upgrade("http://localhost:8080")).startsWith("HTTP/1.1 403");
	}

	@Test
	void a_websocket_from_a_sandboxed_page_with_a_null_origin_is_refused() throws IOException {
		assertThat(upgrade("null")).startsWith("HTTP/1.1 403");
	}

	@Test
	void a_websocket_from_a_configured_origin_or_a_non_browser_client_still_upgrades() throws IOException {
		assertThat(upgrade("http://trusted.example:9999")).startsWith("HTTP/1.1 101");
		assertThat(upgrade(null)).startsWith("HTTP/1.1 101");
	}

	/** A WebSocket handshake as a browser sends it, answered with the status line. */
	private static String upgrade(String origin) throws IOException {
		try (var socket = new Socket("127.0.0.1", database.boltUri().getPort())) {
			socket.setSoTimeout(10_000);
			var request = "GET / HTTP/1.1\r\nHost: localhost:" + database.boltUri().getPort()
					+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
					+ "Sec-WebSocket-Version: 13\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return statusLine(socket.getInputStream());
		}
	}

	private static String statusLine(InputStream in) throws IOException {
		var line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			line.append((char) c);
		}
		return line.toString().strip();
	}

	@Test
	void a_second_start_of_the_same_store_keeps_its_password(@TempDir Path other) {
		String first;
		try (var db = EmbeddedNeo4j.start(EmbeddedNeo4jProperties.of(other, 0, "127.0.0.1", "16m"))) {
			first = db.password();
		}
		try (var db = EmbeddedNeo4j.start(EmbeddedNeo4jProperties.of(other, 0, "127.0.0.1", "16m"));
				var driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			assertThat(db.password()).isEqualTo(first);
			driver.verifyConnectivity();
		}
	}

}
