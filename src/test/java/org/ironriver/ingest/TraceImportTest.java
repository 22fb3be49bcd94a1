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
@SuppressWarnings("unchecked")
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
					"trace-bad.csv:3: column destination: 'Atlantis' is not a country (ISO 3166 code such as MX, or English name) or a region (Caribbean)",
					"trace-bad.csv:4: column origin: 'ZZ' is not a country (MX, Mexico), a U.S. state (AZ, Arizona), a county (Miami-Dade County, FL), a city (Tucson, AZ), a port (Port of Miami), a region (Caribbean, southwest border states), or several joined by 'and' or ';'",
					"trace-bad.csv:4: column value: '-4' is not a non-negative number"));
	}

	/**
	 * The shapes published figures come in, each held as data: a county origin (created
	 * in its state, in the United States), a region destination, a combined origin, a
	 * bound, a range with no central value, weapon-type and manufacturer dimensions, a
	 * year-range period that ends on its last day.
	 */
	@Test
	void every_shape_of_published_figure_is_held_as_data() throws IOException {
		var header = "period,destination,origin,metric,value,unit,source_url,caveat,weapon_type,manufacturer,source_kind";
		var f = data.file("shapes.csv", header,
				"2021,JM,\"Miami-Dade County, FL\",traced,120,firearms,https://example.org/shapes/county,County of the first retail sale,,,",
				"2017/2021,Caribbean,US,traced,\"6,789\",firearms,https://example.org/shapes/region,Region total,,,",
				"2019,MX,California and New Mexico,traced,1500,firearms,https://example.org/shapes/combined,Two states together,,,",
				"2009,MX,US,us-sourced-share,>40,percent,https://example.org/shapes/bound,Share of traced,,,",
				"2010/2012,MX,US,trafficked-estimate,\"89,816–359,205\",firearms-per-year,https://example.org/shapes/range,Estimate,,,academic",
				"2018,MX,US,traced,~200,firearms,https://example.org/shapes/dims,Traced rifles of one maker,rifles,Colt,");

		var summary = data.run(f);

		assertThat(summary.created()).isEqualTo(6);
		assertThat(data.one(
				"""
						MATCH (c:Place {id: 'miami-dade-county-florida'})-[:ORIGIN_OF]->(f:FlowObservation)-[:DESTINED_FOR]->(:Country {id: 'JM'})
						MATCH (c)-[:LOCATED_IN]->(s:Place {id: 'florida'})-[:LOCATED_IN]->(:Country {id: 'US'})
						RETURN c.placeKind AS kind, c.stateCode AS state, s.placeKind AS stateKind, s.code AS code, f.value AS value
						""",
				Map.of()))
			.containsEntry("kind", "us-county")
			.containsEntry("state", "FL")
			.containsEntry("stateKind", "us-state")
			.containsEntry("code", "FL")
			.containsEntry("value", 120L);
		assertThat(data.one(
				"""
						MATCH (:Country {id: 'US'})-[:ORIGIN_OF]->(f:FlowObservation)-[:DESTINED_FOR]->(:Region {id: 'caribbean'})
						RETURN f.value AS value, f.periodStart AS start, f.periodEnd AS end
						""",
				Map.of()))
			.containsEntry("value", 6789L)
			.containsEntry("start", LocalDate.of(2017, 1, 1))
			.containsEntry("end", LocalDate.of(2021, 12, 31));
		assertThat(data.one("""
				MATCH (o:Place)-[:ORIGIN_OF]->(f:FlowObservation {metric: 'traced', period: '2019'})
				RETURN collect(o.id) AS origins, f.combinedOrigin AS combined, f.originName AS written
				""", Map.of()))
			.satisfies(row -> assertThat((List<Object>) row.get("origins")).containsExactlyInAnyOrder("california",
					"new-mexico"))
			.containsEntry("combined", true)
			.containsEntry("written", "California and New Mexico");
		assertThat(data.one("MATCH (f:FlowObservation {metric: 'us-sourced-share', period: '2009'}) "
				+ "RETURN f.value AS value, f.qualifier AS qualifier", Map.of()))
			.containsEntry("value", 40L)
			.containsEntry("qualifier", "more-than");
		assertThat(data.one(
				"MATCH (f:FlowObservation {metric: 'trafficked-estimate', period: '2010/2012'}) "
						+ "WHERE f.valueLow = 89816 RETURN f.value AS value, f.valueHigh AS high, f.periodEnd AS end",
				Map.of()))
			.containsEntry("value", null)
			.containsEntry("high", 359205L)
			.containsEntry("end", LocalDate.of(2012, 12, 31));
		assertThat(data.one("MATCH (f:FlowObservation {period: '2018'}) WHERE f.weaponType IS NOT NULL "
				+ "RETURN f.weaponType AS type, f.manufacturer AS maker, f.qualifier AS qualifier, f.value AS value",
				Map.of()))
			.containsEntry("type", "rifle")
			.containsEntry("maker", "Colt")
			.containsEntry("qualifier", "approximately")
			.containsEntry("value", 200L);
		assertThat(
				data.one("MATCH (s:Source {url: 'https://example.org/shapes/range'}) RETURN s.kind AS kind", Map.of()))
			.containsEntry("kind", "academic");
		// a figure of mid-2018 finds the 2017-2021 period, which ends on its last day
		assertThat(data.count("MATCH (f:FlowObservation) WHERE f.periodStart <= date('2018-06-01') "
				+ "AND f.periodEnd >= date('2018-06-01') AND f.caveat = 'Region total' RETURN count(f) AS n"))
			.isEqualTo(1);
	}

	@Test
	void json_lines_carry_the_same_figures_and_an_origin_may_list_places() throws IOException {
		var f = data.file("shapes.jsonl",
				"{\"period\": \"2022\", \"destination\": \"MX\", \"origin\": [\"Texas\", \"Arizona\"], \"metric\": \"traced\", "
						+ "\"value\": 2500, \"qualifier\": \"at-least\", \"unit\": \"firearms\", \"weapon_type\": \"pistol\", "
						+ "\"caliber\": \"9mm\", \"source_url\": \"https://example.org/jsonl/1\", \"caveat\": \"Two states\"}",
				"{\"year\": \"2020\", \"destination\": \"Caribbean\", \"destination_kind\": \"region\", \"origin\": \"Port of Miami\", "
						+ "\"metric\": \"seized\", \"value_low\": 10, \"value_high\": 20, \"unit\": \"firearms\", "
						+ "\"source_url\": \"https://example.org/jsonl/2\", \"caveat\": \"Port seizures\"}");

		var summary = data.run(f);

		assertThat(summary.created()).isEqualTo(2);
		assertThat(data.one("""
				MATCH (o:Place)-[:ORIGIN_OF]->(f:FlowObservation {caveat: 'Two states'})
				RETURN collect(o.id) AS origins, f.qualifier AS qualifier, f.value AS value, f.weaponType AS type,
				       f.caliber AS caliber, f.combinedOrigin AS combined
				""", Map.of()))
			.satisfies(
					row -> assertThat((List<Object>) row.get("origins")).containsExactlyInAnyOrder("texas", "arizona"))
			.containsEntry("qualifier", "at-least")
			.containsEntry("value", 2500L)
			.containsEntry("type", "pistol")
			.containsEntry("caliber", "9mm")
			.containsEntry("combined", true);
		assertThat(data.one("""
				MATCH (p:Place {placeKind: 'port'})-[:ORIGIN_OF]->(f:FlowObservation {caveat: 'Port seizures'})
				      -[:DESTINED_FOR]->(:Region {id: 'caribbean'})
				RETURN p.name AS port, f.valueLow AS low, f.valueHigh AS high
				""", Map.of())).containsEntry("port", "Port of Miami")
			.containsEntry("low", 10L)
			.containsEntry("high", 20L);
	}

	@Test
	void each_bad_figure_is_refused_with_its_line_column_and_reason() throws IOException {
		var header = "period,destination,origin,metric,value,unit,source_url,caveat,qualifier,value_low,value_high,weapon_type,origin_kind";
		var f = data.file("bad-shapes.csv", header,
				"2021,MX,\"Nowhere County, ZZ\",traced,1,firearms,https://example.org/b,ok,,,,,",
				"2021,MX,AZ,traced,lots,firearms,https://example.org/b,ok,,,,,",
				"2021,MX,AZ,traced,\"500-100\",firearms,https://example.org/b,ok,,,,,",
				"2021,MX,AZ,traced,~40,firearms,https://example.org/b,ok,at-most,,,,",
				"2021,MX,AZ,traced,40,firearms,https://example.org/b,ok,roughly,,,,",
				"2021,MX,AZ,traced,,firearms,https://example.org/b,ok,,5,,,",
				"2021,MX,AZ,traced,50,firearms,https://example.org/b,ok,,60,70,,",
				"2021,MX,AZ,traced,40%,firearms,https://example.org/b,ok,,,,,",
				"2021,MX,AZ,traced,40,firearms,https://example.org/b,ok,,,,bazookas,",
				"2021,MX,AZ,traced,40,firearms,https://example.org/b,ok,,,,,galaxy",
				"2021,Texas,AZ,traced,40,firearms,https://example.org/b,ok,,,,,");

		assertThatThrownBy(() -> data.run(f)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactly("bad-shapes.csv:2: column origin: 'Nowhere County, ZZ' is not " + originExpected(),
					"bad-shapes.csv:3: column value: 'lots' is not a figure (write 1234.5, 212,887, ~200000, >40, 40%, or a range 89816-359205)",
					"bad-shapes.csv:4: column value: the range '500-100' ends below its start",
					"bad-shapes.csv:5: column qualifier: 'at-most' disagrees with the value as written ('~40' is approximately)",
					"bad-shapes.csv:6: column qualifier: 'roughly' is not a qualifier (exact, approximately, at-least, at-most, more-than, less-than)",
					"bad-shapes.csv:7: column value: is required (or value_low and value_high for a range with no central figure)",
					"bad-shapes.csv:8: column value: '50' lies outside value_low..value_high",
					"bad-shapes.csv:9: column value: '40%' is a percentage but the unit is 'firearms'",
					"bad-shapes.csv:10: column weapon_type: 'bazookas' is not a weapon type (pistol, revolver, rifle, shotgun, machine-gun, derringer, handgun, long-gun, receiver-or-frame, grenade-launcher, other)",
					"bad-shapes.csv:11: column origin_kind: 'galaxy' is not a kind of place (country, state, county, city, port, region)",
					"bad-shapes.csv:12: column destination: 'Texas' is not a country (ISO 3166 code such as MX, or English name) or a region (Caribbean)"));
		assertThat(data.count("MATCH (f:FlowObservation) WHERE f.caveat = 'ok' RETURN count(f) AS n")).isZero();
	}

	private static String originExpected() {
		return "a country (MX, Mexico), a U.S. state (AZ, Arizona), a county (Miami-Dade County, FL), a city"
				+ " (Tucson, AZ), a port (Port of Miami), a region (Caribbean, southwest border states), or several"
				+ " joined by 'and' or ';'";
	}

}
