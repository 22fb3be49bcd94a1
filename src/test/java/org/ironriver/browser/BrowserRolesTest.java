package org.ironriver.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ironriver.audit.AuditLog;
import org.ironriver.browser.PackStream.Structure;
import org.ironriver.database.Neo4jSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * Neo4j Browser's connection under roles, on a real server with one user per role: an
 * analyst's Browser can read and list but cannot write, load files or URLs, end other
 * users' transactions or administer the database; a reader gets no Browser connection; an
 * editor's Browser writes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ironriver.embedded.bolt-port=0",
				"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}" })
@ContextConfiguration(initializers = BrowserRolesTest.Users.class)
class BrowserRolesTest {

	static final String PASSWORD_SUFFIX = "-browser-horse";

	/**
	 * The gateway's own refusal, or the database's refusal of a write in read access mode
	 * (seen when planning).
	 */
	static final String[] ONLY_READS = { "can only read", "read access mode" };

	/** One user per role, bcrypt of cost 4 so the test stays fast. */
	static class Users implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			var bcrypt = new BCryptPasswordEncoder(4);
			var lines = new ArrayList<String>();
			for (var role : List.of("reader", "analyst", "editor")) {
				lines.add("ironriver.security.users[" + lines.size() + "]=user:" + role + ":{bcrypt}"
						+ bcrypt.encode(role + PASSWORD_SUFFIX) + ":" + role);
			}
			TestPropertyValues.of(lines).applyTo(context);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	AuditLog audit;

	@AfterEach
	void nothing_was_written_by_a_reader_or_analyst() {
		var intruders = sessions
			.read(tx -> tx.run("MATCH (n:BrowserIntruder) RETURN count(n) AS n").single().get("n").asLong());
		assertThat(intruders).isZero();
	}

	private BoltWebSocketClient connect(String user) throws Exception {
		var basic = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + PASSWORD_SUFFIX).getBytes(StandardCharsets.UTF_8));
		var bolt = BoltWebSocketClient.connect(URI.create("ws://localhost:" + port + "/"),
				Map.of("Origin", "http://localhost:" + port, "Authorization", basic));
		assertThat(bolt.login().success()).isTrue();
		return bolt;
	}

	private static String refusal(List<BoltWebSocketClient.Reply> replies) {
		assertThat(replies.get(0).signature()).as("the query is refused: %s", replies).isEqualTo(BoltRelay.FAILURE);
		return replies.get(0).failureMessage();
	}

	@Test
	void an_analysts_browser_reads_and_lists_databases() throws Exception {
		try (var bolt = connect("analyst")) {
			var read = bolt.run("MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS name", Map.of());
			assertThat(read.get(1).fields().get(0)).isEqualTo(List.of("Sprague's Sports, Inc."));
			var databases = bolt.run("SHOW DATABASES YIELD name RETURN name ORDER BY name", Map.of("db", "system"));
			assertThat(databases.get(databases.size() - 1).success()).as("%s", databases).isTrue();
			assertThat(databases).anySatisfy(r -> assertThat(r.fields()).isEqualTo(List.of(List.of("system"))));
			var components = bolt.run("CALL dbms.components() YIELD name, versions, edition", Map.of());
			assertThat(components.get(components.size() - 1).success()).as("%s", components).isTrue();
		}
	}

	@Test
	void an_analysts_browser_cannot_write_even_asking_for_write_mode() throws Exception {
		try (var bolt = connect("analyst")) {
			assertThat(refusal(bolt.run("CREATE (n:BrowserIntruder) RETURN n", Map.of("mode", "w"))))
				.containsAnyOf(ONLY_READS);
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("MATCH (n) DETACH DELETE n", Map.of()))).containsAnyOf(ONLY_READS);
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("MATCH (n:Dealer) WHERE false SET n.name = 'x'", Map.of())))
				.containsAnyOf(ONLY_READS);
		}
		// Each attempt is in the audit log, as the analyst's, refused.
		assertThat(audit.flush(java.time.Duration.ofSeconds(10))).isTrue();
		var refused = sessions.read(tx -> tx.run("""
				MATCH (e:AuditEvent {kind: 'cypher', who: 'analyst', outcome: 'refused'}) RETURN count(e) AS n""")
			.single()
			.get("n")
			.asLong());
		assertThat(refused).isGreaterThanOrEqualTo(3);
	}

	@Test
	void an_analysts_explicit_transaction_is_read_only() throws Exception {
		try (var bolt = connect("analyst")) {
			bolt.send(new Structure(BoltRelay.BEGIN, List.of(Map.of("mode", "w"))));
			assertThat(bolt.next().success()).isTrue();
			assertThat(refusal(bolt.run("CREATE (n:BrowserIntruder) RETURN n", Map.of()))).containsAnyOf(ONLY_READS);
			assertThat(bolt.reset().success()).isTrue();
		}
	}

	@Test
	void an_analysts_browser_cannot_load_urls_end_transactions_or_administer() throws Exception {
		try (var bolt = connect("analyst")) {
			assertThat(refusal(bolt.run("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line", Map.of())))
				.contains("LOAD CSV");
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", Map.of())))
				.contains("administration");
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("CALL db.clearQueryCaches()", Map.of()))).contains("db.clearQueryCaches");
			assertThat(bolt.reset().success()).isTrue();
			assertThat(
					refusal(bolt.run("CREATE USER intruder SET PASSWORD 'intruder-password'", Map.of("db", "system"))))
				.containsAnyOf(ONLY_READS);
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("ALTER USER neo4j SET PASSWORD 'a-password-of-mine'", Map.of("db", "system"))))
				.containsAnyOf(ONLY_READS);
			assertThat(bolt.reset().success()).isTrue();
			assertThat(refusal(bolt.run("SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id",
					Map.of("db", "system"))))
				.containsAnyOf(ONLY_READS);
		}
		var users = sessions.driver()
			.executableQuery("SHOW USERS YIELD user RETURN collect(user) AS users")
			.withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase("system").build())
			.execute()
			.records()
			.get(0)
			.get("users")
			.asList();
		assertThat(users).containsExactly("neo4j");
	}

	@Test
	void an_analysts_browser_query_the_parser_would_choke_on_is_refused_before_the_database_sees_it() throws Exception {
		try (var bolt = connect("analyst")) {
			var started = System.nanoTime();
			var replies = bolt.run("RETURN " + "(".repeat(3000) + "1" + ")".repeat(3000), Map.of());
			assertThat(refusal(replies)).contains("nests more than");
			assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
				.isLessThan(java.time.Duration.ofSeconds(30));
			assertThat(bolt.reset().success()).isTrue();
			var read = bolt.run("RETURN 1 AS one", Map.of());
			assertThat(read.get(1).fields()).isEqualTo(List.of(List.of(1L)));
		}
	}

	@Test
	void a_reader_gets_no_browser_connection_and_nobody_without_credentials_either() {
		var basic = "Basic " + Base64.getEncoder()
			.encodeToString(("reader:reader" + PASSWORD_SUFFIX).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> BoltWebSocketClient.connect(URI.create("ws://localhost:" + port + "/"),
				Map.of("Origin", "http://localhost:" + port, "Authorization", basic)))
			.cause()
			.isInstanceOf(WebSocketHandshakeException.class)
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(403));
		assertThatThrownBy(() -> BoltWebSocketClient.connect(URI.create("ws://localhost:" + port + "/"),
				Map.of("Origin", "http://localhost:" + port)))
			.cause()
			.isInstanceOf(WebSocketHandshakeException.class)
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(401));
	}

	@Test
	void an_editors_browser_writes() throws Exception {
		try (var bolt = connect("editor")) {
			var created = bolt.run("CREATE (n:BrowserEditorProbe {at: timestamp()}) RETURN count(n) AS n", Map.of());
			assertThat(created.get(created.size() - 1).success()).as("%s", created).isTrue();
			var removed = bolt.run("MATCH (n:BrowserEditorProbe) DELETE n RETURN count(*) AS n", Map.of());
			assertThat(removed.get(1).fields()).isEqualTo(List.of(List.of(1L)));
		}
	}

}
