package org.ironriver.ingest;

import static org.ironriver.support.ImportFixtures.TRACE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.synthetic.SyntheticData;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TraceImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	Neo4jSessions sessions;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	@TempDir
	Path dir;

	ImportFixtures data;

	@BeforeEach
	void fixtures() {
		data = new ImportFixtures(imports, dir, ImportKind.TRACE);
	}

	@Test
	void each_row_becomes_a_flow_observation_from_its_curated_origin_to_its_destination_with_evidence()
			throws IOException {
		var f = data.file("trace-2023.csv", TRACE_HEADER,
				"2023,MX,AZ,traced,2841,firearms,https://www.atf.gov/trace-data/mexico-2023,\"Traces are not a random sample\"",
				"2022-10/2023-09,Haiti,florida,us-sourced,0.84,share,https://www.atf.gov/trace-data/caribbean,Only recovered firearms",
				"2023,JM,US,traced,300,firearms,https://www.atf.gov/trace-data/caribbean#jm,Country total");

		var summary = data.run(f);

		assertThat(summary.created()).isEqualTo(3);
		var id = "flow-" + Names.shortHash("MX|arizona|traced|2023|https://www.atf.gov/trace-data/mexico-2023");
		var observation = data.one(
				"""
						MATCH (o:Place {id: 'arizona'})-[r1:ORIGIN_OF]->(f:FlowObservation {id: $id})-[r2:DESTINED_FOR]->(c:Country {id: 'MX'})
						RETURN f.metric AS metric, f.value AS value, f.unit AS unit, f.caveat AS caveat, f.period AS period,
						       f.periodStart AS start, f.periodEnd AS end, f.origin AS origin, r1.sources AS sources,
						       r1.validFrom AS validFrom, r2.validTo AS validTo, r2.confidence AS confidence
						""",
				Map.of("id", id));
		assertThat(observation).containsEntry("metric", "traced")
			.containsEntry("value", 2841L)
			.containsEntry("unit", "firearms")
			.containsEntry("caveat", "Traces are not a random sample")
			.containsEntry("period", "2023")
			.containsEntry("start", LocalDate.of(2023, 1, 1))
			.containsEntry("end", LocalDate.of(2023, 12, 31))
			.containsEntry("origin", summary.importId())
			.containsEntry("sources", List.of(Names.sourceId("https://www.atf.gov/trace-data/mexico-2023")))
			.containsEntry("validFrom", LocalDate.of(2023, 1, 1))
			.containsEntry("validTo", LocalDate.of(2023, 12, 31))
			.containsEntry("confidence", 0.9);
		assertThat(data.one(
				"""
						MATCH (o:Place {id: 'florida'})-[:ORIGIN_OF]->(f:FlowObservation {metric: 'us-sourced'})-[:DESTINED_FOR]->(c:Country {id: 'HT'})
						RETURN f.value AS value, f.periodEnd AS end, o.code AS code, o.placeKind AS kind
						""",
				Map.of()))
			.containsEntry("value", 0.84)
			.containsEntry("end", LocalDate.of(2023, 9, 30))
			.containsEntry("code", "FL")
			.containsEntry("kind", "us-state");
		assertThat(data.count(
				"MATCH (:Country {id: 'US'})-[:ORIGIN_OF]->(f:FlowObservation {value: 300})-[:DESTINED_FOR]->(:Country {id: 'JM'}) RETURN count(f) AS n"))
			.isEqualTo(1);
		assertThat(data.count(
				"MATCH (s:Source) WHERE s.url STARTS WITH 'https://www.atf.gov/trace-data/caribbean' RETURN count(s) AS n"))
			.isEqualTo(1);
	}

	@Test
	void reimporting_the_same_statistics_changes_nothing_and_a_corrected_value_updates_the_observation()
			throws IOException {
		var path = SyntheticData.trace(dir.resolve("trace-3.csv"), 60, 3);
		var first = data.run(path);
		long nodes = data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n");
		long rels = data.count("MATCH ()-[r]->() RETURN count(r) AS n");

		var again = data.run(path);

		assertThat(first.created()).isEqualTo(60);
		assertThat(again.unchanged()).isEqualTo(60);
		assertThat(data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n")).isEqualTo(nodes);
		assertThat(data.count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(rels);

		var corrected = data.file("trace-corrected.csv", TRACE_HEADER,
				"2023,MX,TX,traced,100,firearms,https://example.org/corrected,First figure");
		data.run(corrected);
		var fixed = data.file("trace-corrected-2.csv", TRACE_HEADER,
				"2023,MX,texas,traced,120,firearms,https://example.org/corrected,Revised figure");
		var second = data.run(fixed);
		assertThat(second.updated()).isEqualTo(1);
		assertThat(data
			.one("MATCH (:Place {id: 'texas'})-[:ORIGIN_OF]->(f:FlowObservation)-[:DESTINED_FOR]->(:Country {id: 'MX'}) "
					+ "WHERE f.caveat STARTS WITH 'Revised' OR f.caveat STARTS WITH 'First' RETURN collect(f.value) AS values, count(f) AS n",
					Map.of()))
			.containsEntry("values", List.of(120L))
			.containsEntry("n", 1L);
	}

	@Test
	void a_row_without_a_caveat_or_with_an_unknown_place_is_refused_with_line_and_column() throws IOException {
		var f = data.file("trace-bad.csv", TRACE_HEADER, "2023,MX,AZ,traced,1,firearms,https://example.org/a,",
				"2023,Atlantis,AZ,traced,1,firearms,https://example.org/a,ok",
				"2023,MX,ZZ,traced,-4,firearms,https://example.org/a,ok");

		assertThatThrownBy(() -> data.run(f)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactly("trace-bad.csv:2: column caveat: is required",
					"trace-bad.csv:3: column destination: 'Atlantis' is not a country (ISO 3166 code such as MX, or English name)",
					"trace-bad.csv:4: column origin: 'ZZ' is neither a U.S. state (AZ, arizona) nor a country (MX, Mexico)",
					"trace-bad.csv:4: column value: '-4' is not a non-negative number"));
	}

}
