package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.NodeView;
import org.ironriver.ingest.synthetic.SyntheticCases;
import org.ironriver.ingest.synthetic.SyntheticData;
import org.ironriver.model.NodeType;
import org.ironriver.paths.PathService;
import org.ironriver.paths.PathView;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code generate --kind cases} writes facts a user can import: the file of 200 firearms
 * imports whole, creates exactly the generator's entities, and a trace from one of its
 * dealers reaches Mexico through the case level.
 */
@IntegrationTest
class CasesImportTest {

	static final long SEED = 7;

	@Autowired
	ImportService imports;

	@Autowired
	PathService paths;

	@Autowired
	Neo4jSessions sessions;

	@TempDir
	Path dir;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	@Test
	void a_generated_cases_file_imports_and_a_dealer_traces_to_mexico_through_purchases_and_traces() {
		var file = SyntheticData.cases(dir.resolve("cases.csv"), 200, 20, SEED);
		var expected = SyntheticCases.generate(200, 20, SEED, new SyntheticCases.Sink() {

			@Override
			public void entity(NodeType type, long index, Map<String, Object> properties) {
			}

			@Override
			public void link(NodeType fromType, long from, org.ironriver.model.RelationType type, NodeType toType,
					long to, double confidence) {
			}

		});
		var data = new ImportFixtures(imports, dir, ImportKind.FACTS);

		var summary = data.run(file);

		assertThat(summary.read()).isEqualTo(expected.relationships());
		assertThat(summary.created()).isEqualTo(expected.relationships());
		assertThat(summary.rejected()).isZero();
		assertThat(expected.entities(NodeType.FIREARM)).isEqualTo(200);
		for (var type : List.of(NodeType.FIREARM, NodeType.PURCHASE, NodeType.PERSON, NodeType.TRAFFICKING,
				NodeType.RECOVERY, NodeType.FIREARM_TRACE)) {
			assertThat(expected.entities(type)).as(type.label()).isPositive();
			assertThat(data
				.count("MATCH (n:" + type.label() + ") WHERE n.id ENDS WITH '-s" + SEED + "' RETURN count(n) AS n"))
				.as(type.label())
				.isEqualTo(expected.entities(type));
		}
		assertThat(data
			.count("MATCH (n:Dealer) WHERE n.id STARTS WITH 'synthetic-dealer-" + SEED + "-' RETURN count(n) AS n"))
			.isBetween(1L, 20L);
		// Every relationship cites one of the synthetic case files, a court record.
		assertThat(data.count("""
				MATCH (a:Entity)-[r]->() WHERE a.id ENDS WITH '-s7'
				OPTIONAL MATCH (s:Source {id: r.sources[0]})
				WITH r, s WHERE size(r.sources) <> 1 OR s.kind <> 'court-record' OR s IS NULL
				RETURN count(r) AS n""")).isZero();

		var found = new ArrayList<PathView>();
		for (int d = 0; d < 20; d++) {
			var id = "synthetic-dealer-" + SEED + "-" + d;
			if (data.count("MATCH (n:Dealer {id: '" + id + "'}) RETURN count(n) AS n") == 1) {
				found.addAll(paths.trace(id, "MX", 4, null, 25).paths());
			}
		}
		var shapes = found.stream().map(p -> p.nodes().stream().map(NodeView::type).toList()).toList();
		assertThat(shapes).as("a trace through the buyer and his trafficking")
			.contains(List.of("Dealer", "Purchase", "Person", "Trafficking", "Country"));
		assertThat(shapes).as("a trace through a firearm trace and its recovery")
			.contains(List.of("Dealer", "FirearmTrace", "Recovery", "Country"));
		assertThat(found).allSatisfy(p -> {
			assertThat(p.nodes().get(p.nodes().size() - 1).id()).isEqualTo("MX");
			assertThat(p.hops()).allSatisfy(h -> assertThat(h.relationship().evidence().sources()).isNotEmpty());
		});
	}

}
