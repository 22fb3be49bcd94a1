package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one write transport, both ways to the same database: a read is a read transaction
 * (a write in it fails and leaves nothing), and callers see the same plain values whether
 * the statement ran in this JVM or over Bolt.
 */
@IntegrationTest
class GraphTransportTest {

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	GraphTransport local;

	GraphTransport bolt;

	@BeforeEach
	void transports() {
		var database = embedded.getIfAvailable();
		assumeThat(database).as("the embedded database runs in this JVM (no NEO4J_URI)").isNotNull();
		local = GraphTransport.embedded(database.database());
		bolt = GraphTransport.bolt(sessions.driver(), sessions.config(AccessMode.WRITE),
				sessions.config(AccessMode.READ));
	}

	@AfterEach
	void removeProbes() {
		if (local != null) {
			local.write(tx -> tx.run("MATCH (p:TransportProbe) DELETE p"));
		}
	}

	long probes() {
		return ((Number) bolt.read(tx -> tx.run("MATCH (p:TransportProbe) RETURN count(p) AS n")).single("n"))
			.longValue();
	}

	@Test
	void the_application_writes_in_this_jvm_when_the_database_runs_here() {
		assertThat(sessions.transport().describe()).isEqualTo("embedded");
		assertThat(bolt.describe()).isEqualTo("bolt");
	}

	@Test
	void a_write_inside_a_read_fails_on_both_transports_and_leaves_nothing() {
		for (var transport : List.of(local, bolt)) {
			assertThatThrownBy(() -> transport.read(tx -> tx.run("CREATE (:TransportProbe {id: 'in-a-read'})")))
				.as(transport.describe())
				.hasMessageMatching("(?is).*\\bread\\b.*");
			assertThatThrownBy(() -> transport
				.read(tx -> tx.run("MATCH (n:Entity) WITH n ORDER BY n.id LIMIT 1 SET n.transportProbe = true")))
				.as(transport.describe())
				.hasMessageMatching("(?is).*\\bread\\b.*");
		}
		assertThat(probes()).isZero();
		assertThat(((Number) bolt
			.read(tx -> tx.run("MATCH (n:Entity) WHERE n.transportProbe IS NOT NULL RETURN count(n) AS n"))
			.single("n")).longValue()).isZero();
	}

	@Test
	void both_transports_answer_with_the_same_plain_values() {
		local.write(tx -> tx.run(
				"CREATE (:TransportProbe {id: 'values', aliases: ['a', 'b'], counts: [1, 2], since: date('2020-02-29'), score: 0.5})"));
		var query = "MATCH (p:TransportProbe {id: 'values'}) RETURN p.aliases AS aliases, p.counts AS counts, "
				+ "p.since AS since, properties(p) AS properties";

		var embeddedRows = local.read(tx -> tx.run(query)).rows();
		var boltRows = bolt.read(tx -> tx.run(query)).rows();

		assertThat(embeddedRows).isEqualTo(boltRows);
		assertThat(embeddedRows).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("aliases", List.of("a", "b"))
				.containsEntry("counts", List.of(1L, 2L))
				.containsEntry("since", LocalDate.of(2020, 2, 29));
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			assertThat(properties).containsEntry("aliases", List.of("a", "b")).containsEntry("score", 0.5);
		});
	}

	@Test
	void a_write_that_fails_midway_leaves_nothing_of_its_transaction() {
		assertThatThrownBy(() -> local.write(tx -> {
			tx.run("CREATE (:TransportProbe {id: 'first-statement'})");
			throw new IllegalStateException("the work fails after its first statement");
		})).hasMessage("the work fails after its first statement");

		assertThat(probes()).isZero();
	}

}
