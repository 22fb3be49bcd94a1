package org.ironriver.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.ingest.synthetic.SyntheticCases;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Node;

/**
 * The benchmark's case-level store, small: 1,000 dealers and 1,000 firearms hold exactly
 * the entities the generator produced, every relationship cites a source, and the trace
 * query reaches Mexico from a dealer through a firearm trace and its recovery.
 */
class SyntheticCasesGraphTest {

	static final SyntheticCases.Sink NOWHERE = new SyntheticCases.Sink() {

		@Override
		public void entity(NodeType type, long index, Map<String, Object> properties) {
		}

		@Override
		public void link(NodeType fromType, long from, RelationType type, NodeType toType, long to, double confidence) {
		}

	};

	@Test
	void the_case_level_store_holds_the_generated_flows_and_traces_reach_mexico_through_them(@TempDir Path dir)
			throws IOException {
		var base = SyntheticGraph.generate(dir.resolve("dealers"), 1_000);
		var counts = SyntheticGraph.generate(dir.resolve("cases"), 1_000, 1_000);
		var cases = SyntheticCases.generate(1_000, 1_000, 42, NOWHERE);

		assertThat(cases.entities(NodeType.FIREARM)).isEqualTo(1_000);
		assertThat(counts[0]).isEqualTo(base[0] + cases.nodes());
		assertThat(counts[1]).isEqualTo(base[1] + cases.relationships());
		var service = new DatabaseManagementServiceBuilder(dir.resolve("cases")).build();
		try {
			var db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			try (var tx = db.beginTx()) {
				for (var type : List.of(NodeType.FIREARM, NodeType.PURCHASE, NodeType.PERSON, NodeType.TRAFFICKING,
						NodeType.RECOVERY, NodeType.FIREARM_TRACE)) {
					assertThat(cases.entities(type)).as(type.label()).isPositive();
					assertThat(count(tx, "MATCH (n:" + type.label() + ":Entity) RETURN count(n) AS n")).as(type.label())
						.isEqualTo(cases.entities(type));
				}
				assertThat(count(tx, "MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(counts[1]);
				assertThat(count(tx, """
						MATCH ()-[r]->()
						WHERE size(coalesce(r.sources, [])) = 0 OR r.confidence IS NULL OR r.origin <> 'synthetic'
						   OR any(s IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) })
						RETURN count(r) AS n""")).as("relationships without cited sources").isZero();
				assertThat(count(tx, """
						MATCH (p:Purchase)-[:INCLUDED]->(f:Firearm)
						RETURN count(DISTINCT f) AS n""")).as("every firearm was bought").isEqualTo(1_000);
				var dealer = (String) tx
					.execute(
							"""
									MATCH (d:Dealer)<-[:TRACED_TO]-(:FirearmTrace)-[:TRACE_OF]->(:Recovery)-[:OCCURRED_IN]->(:Country {id: 'MX'})
									RETURN d.id AS id ORDER BY id LIMIT 1""")
					.next()
					.get("id");
				var trace = new String(
						getClass().getResourceAsStream("/cypher/queries/trace-to-country.cypher").readAllBytes(),
						StandardCharsets.UTF_8);
				var parameters = new HashMap<String, Object>();
				parameters.put("from", dealer);
				parameters.put("country", "MX");
				parameters.put("asOf", null);
				parameters.put("limit", 25);
				var shapes = tx.execute(trace, parameters).stream().map(row -> {
					@SuppressWarnings("unchecked")
					var nodes = (List<Node>) row.get("nodes");
					return nodes.stream()
						.map(n -> n.hasLabel(org.neo4j.graphdb.Label.label("Dealer")) ? "Dealer"
								: n.hasLabel(org.neo4j.graphdb.Label.label("FirearmTrace")) ? "FirearmTrace"
										: n.hasLabel(org.neo4j.graphdb.Label.label("Recovery")) ? "Recovery"
												: n.hasLabel(org.neo4j.graphdb.Label.label("Country")) ? "Country"
														: "other")
						.toList();
				}).toList();
				assertThat(shapes).contains(List.of("Dealer", "FirearmTrace", "Recovery", "Country"));
			}
		}
		finally {
			service.shutdown();
		}
	}

	private static long count(org.neo4j.graphdb.Transaction tx, String cypher) {
		return ((Number) tx.execute(cypher).next().get("n")).longValue();
	}

}
