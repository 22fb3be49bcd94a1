package org.ironriver.ingest;

import static org.ironriver.support.ImportFixtures.FACTS_HEADER;
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
class FactsImportTest {

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
		data = new ImportFixtures(imports, dir, ImportKind.FACTS);
	}

	@Test
	void facts_create_new_entities_match_existing_ones_by_id_or_normalized_name_and_cite_one_source_per_url()
			throws IOException {
		var f = data.file("facts-a.csv", FACTS_HEADER,
				",Dealer,Border Guns LLC,LOCATED_IN,,Place,\"tucson,  ARIZONA\",2019,,https://example.org/report?id=7#p3,Report 7,Example Org,2024-05-01,\"a dealer in Tucson\",p. 3,0.8",
				",Dealer,\"BORDER GUNS, LLC.\",SUPPLIES,,Dealer,Other Shop,,,,,,,,,",
				"gov-mx,Organization,,PLAINTIFF_IN,,Lawsuit,\"Estados Unidos Mexicanos v. Smith & Wesson Brands, Inc. et al. (D. Mass.)\",2021-08-04,,HTTPS://EXAMPLE.ORG/report?id=7,,,,,,");
		assertThatThrownBy(() -> data.run(ImportOptions.defaults(), f))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(RowError::toString)
				.containsExactly(
						"facts-a.csv:3: column relation: SUPPLIES does not connect a Dealer to a Dealer (it connects "
								+ "Distributor/Importer/Manufacturer to Dealer/Distributor/Importer)",
						"facts-a.csv:3: column source_url: is required"));

		var good = data.file("facts-b.csv", FACTS_HEADER,
				",Dealer,Border Guns LLC,LOCATED_IN,,Place,\"tucson,  ARIZONA\",2019,,https://example.org/report?id=7#p3,Report 7,Example Org,2024-05-01,\"a dealer in Tucson\",p. 3,0.8",
				",Dealer,\"BORDER GUNS, LLC.\",LOCATED_IN,arizona,Place,,2019,,https://example.org/report?id=7,,,,,,",
				"sre,Organization,,PLAINTIFF_IN,,Lawsuit,\"Estados Unidos Mexicanos v. Smith & Wesson Brands, Inc. et al. (D. Mass.)\",2021-08-04,,HTTPS://EXAMPLE.ORG/report?id=7,,,,,,");
		var summary = data.run(ImportOptions.defaults(), good);

		assertThat(summary.read()).isEqualTo(3);
		assertThat(summary.created()).isEqualTo(3);
		var sourceId = Names.sourceId("https://example.org/report?id=7");
		var dealer = data.one(
				"""
						MATCH (d:Dealer {name: 'Border Guns LLC'})-[r:LOCATED_IN]->(p:Place {id: 'tucson'})
						RETURN d.id AS id, d.origin AS origin, r.sources AS sources, r.quote AS quote, r.locator AS locator,
						       r.validFrom AS validFrom, r.assertedOn AS assertedOn, r.confidence AS confidence, r.origin AS relOrigin,
						       [(d)-[:LOCATED_IN]->(s {id: 'arizona'}) | s.id] AS state
						""",
				Map.of());
		assertThat(dealer).containsEntry("id", "dealer-border-guns-llc")
			.containsEntry("origin", summary.importId())
			.containsEntry("sources", List.of(sourceId))
			.containsEntry("quote", "a dealer in Tucson")
			.containsEntry("locator", "p. 3")
			.containsEntry("validFrom", LocalDate.of(2019, 1, 1))
			.containsEntry("assertedOn", LocalDate.of(2024, 5, 1))
			.containsEntry("confidence", 0.8)
			.containsEntry("relOrigin", summary.importId())
			.containsEntry("state", List.of("arizona"));
		assertThat(data.one(
				"MATCH (:Organization {id: 'sre'})-[r:PLAINTIFF_IN]->(:Lawsuit {id: 'mx-v-sw-dmass'}) RETURN r.sources AS sources",
				Map.of()))
			.containsEntry("sources", List.of(sourceId));
		assertThat(data.one(
				"MATCH (s:Source {id: $id}) RETURN s.title AS title, s.publisher AS publisher, s.url AS url, s.published AS published",
				Map.of("id", sourceId)))
			.containsEntry("title", "Report 7")
			.containsEntry("publisher", "Example Org")
			.containsEntry("url", "https://example.org/report?id=7#p3")
			.containsEntry("published", LocalDate.of(2024, 5, 1));
		assertThat(data.count(
				"MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/report' OR s.url STARTS WITH 'HTTPS://EXAMPLE.ORG' RETURN count(s) AS n"))
			.isEqualTo(1);

		var second = data.file("facts-c.csv", FACTS_HEADER,
				"dealer-border-guns-llc,Dealer,,LOCATED_IN,tucson,Place,,,,https://example.org/second-report,,,,,,");
		var update = data.run(ImportOptions.defaults(), second);

		assertThat(update.updated()).isEqualTo(1);
		assertThat(data.one(
				"""
						MATCH (:Dealer {id: 'dealer-border-guns-llc'})-[r:LOCATED_IN]->(:Place {id: 'tucson'})
						RETURN r.sources AS sources, r.confidence AS confidence, r.quote AS quote, r.origin AS origin, r.imports AS imports
						""",
				Map.of()))
			.containsEntry("sources", List.of(sourceId, Names.sourceId("https://example.org/second-report")))
			.containsEntry("confidence", 0.8)
			.containsEntry("quote", "a dealer in Tucson")
			.containsEntry("origin", summary.importId())
			.containsEntry("imports", List.of(summary.importId(), update.importId()));
	}

	@Test
	void importing_the_same_facts_twice_changes_nothing() throws IOException {
		var f = data.file("facts-twice.csv", FACTS_HEADER,
				",Person,Jane Q. Example,MEMBER_OF,,Organization,Example Coalition,2020-02,,https://example.org/members,,,,,,0.6",
				",Organization,Example Coalition,LOCATED_IN,MX,Country,,,,https://example.org/members,,,,,,");
		var first = data.run(ImportOptions.defaults(), f);
		long nodes = data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n");
		long rels = data.count("MATCH ()-[r]->() RETURN count(r) AS n");

		var second = data.run(ImportOptions.defaults(), f);

		assertThat(first.created()).isEqualTo(2);
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.created() + second.updated()).isZero();
		assertThat(data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n")).isEqualTo(nodes);
		assertThat(data.count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(rels);
		assertThat(data.one(
				"MATCH (p:Person {id: 'person-jane-q-example'})-[r:MEMBER_OF]->(o:Organization) RETURN o.id AS org, r.validFrom AS from",
				Map.of()))
			.containsEntry("org", "organization-example-coalition")
			.containsEntry("from", LocalDate.of(2020, 2, 1));
	}

	@Test
	void json_lines_facts_with_nested_subject_object_and_source_are_read_like_csv() throws IOException {
		var f = data.file("facts.jsonl",
				"{\"subject\": {\"type\": \"Manufacturer\", \"name\": \"Example Arms Inc.\"}, \"relation\": \"supplies\", "
						+ "\"object\": {\"id\": \"interstate-arms\", \"type\": \"Distributor\"}, \"source\": {\"url\": \"https://example.org/jsonl\", "
						+ "\"title\": \"JSONL report\"}, \"quote\": \"alleged\", \"confidence\": 0.4}");

		var summary = data.run(ImportOptions.defaults(), f);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(data.one(
				"MATCH (m:Manufacturer {id: 'manufacturer-example-arms-inc'})-[r:SUPPLIES]->(d {id: 'interstate-arms'}) "
						+ "RETURN r.quote AS quote, r.confidence AS confidence",
				Map.of()))
			.containsEntry("quote", "alleged")
			.containsEntry("confidence", 0.4);
	}

	@Test
	void a_name_shared_by_two_entities_of_the_type_is_an_error_asking_for_the_id() throws IOException {
		var seed = data.file("facts-twins.csv", FACTS_HEADER,
				"twin-1,Person,Alex Twin,MEMBER_OF,,Organization,Twin Club,,,https://example.org/twins,,,,,,",
				"twin-2,Person,alex  twin,MEMBER_OF,,Organization,Twin Club,,,https://example.org/twins,,,,,,");
		data.run(ImportOptions.defaults(), seed);
		var ambiguous = data.file("facts-ambiguous.csv", FACTS_HEADER,
				",Person,ALEX TWIN,MEMBER_OF,,Organization,Twin Club,,,https://example.org/twins2,,,,,,");

		assertThatThrownBy(() -> data.run(ImportOptions.defaults(), ambiguous))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(RowError::toString)
				.containsExactly(
						"facts-ambiguous.csv:2: column subject_name: 'ALEX TWIN' names 2 Person entities (twin-1, twin-2); give the id"));
	}

	@Test
	void the_generated_facts_file_imports_with_the_documented_columns() {
		var path = SyntheticData.facts(dir.resolve("facts-7.csv"), 30, 7);

		var summary = data.run(ImportOptions.defaults(), path);

		assertThat(summary.read()).isEqualTo(30);
		assertThat(summary.rejected()).isZero();
		assertThat(data.count(
				"MATCH (d:Dealer)-[:LOCATED_IN]->(:Place {id: 'tucson'}) WHERE d.id STARTS WITH 'synthetic-dealer-7-' RETURN count(d) AS n"))
			.isEqualTo(30);
		assertThat(data
			.count("MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/report/' RETURN count(s) AS n"))
			.isEqualTo(20);
	}

	/**
	 * "Source S asserts claim C": the row's source (with its kind and a publication date
	 * given as a month, kept as written) asserts a Claim created with typed properties —
	 * a number stays a number — so a disagreement with the curated claims can be
	 * recorded.
	 */
	@Test
	void a_source_asserts_a_claim_with_typed_properties_and_the_source_keeps_its_kind_and_partial_date()
			throws IOException {
		var header = FACTS_HEADER + ",source_kind,object.statement,object.topic,object.value,object.unit";
		var f = data.file("asserts.csv", header,
				",,,ASSERTS,,Claim,\"NGO: 70% of guns seized come from U.S. shops\",,,https://example.org/ngo-report,NGO report,Example NGO,2023-05,\"70% of guns\",p. 4,,ngo,\"70% of guns seized in Mexico come from U.S. gun shops\",us-origin-share,70,percent");

		var summary = data.run(f);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(data.one("""
				MATCH (s:Source {url: 'https://example.org/ngo-report'})-[r:ASSERTS]->(c:Claim)
				RETURN s.kind AS kind, s.published AS published, s.publishedText AS publishedText,
				       c.statement AS statement, c.topic AS topic, c.value AS value, c.unit AS unit,
				       r.quote AS quote, r.sources AS sources, r.confidence AS confidence
				""", Map.of())).containsEntry("kind", "ngo")
			.containsEntry("published", java.time.LocalDate.of(2023, 5, 1))
			.containsEntry("publishedText", "2023-05")
			.containsEntry("statement", "70% of guns seized in Mexico come from U.S. gun shops")
			.containsEntry("topic", "us-origin-share")
			.containsEntry("value", 70L)
			.containsEntry("unit", "percent")
			.containsEntry("quote", "70% of guns")
			.containsEntry("confidence", org.ironriver.model.SourceKind.NGO.defaultConfidence())
			.satisfies(row -> assertThat((List<?>) row.get("sources")).hasSize(1));
		// the same row again changes nothing
		assertThat(data.run(f).unchanged()).isEqualTo(1);
	}

	@Test
	void typed_properties_of_created_entities_are_checked_with_file_line_and_column() throws IOException {
		var header = FACTS_HEADER + ",object.value,object.colour,subject.strawpurchase,subject.date";
		var f = data.file("typed.csv", header, ",,,ASSERTS,,Claim,A claim,,,https://example.org/t,,,,,,,lots,,,",
				",,,ASSERTS,,Claim,Another claim,,,https://example.org/t,,,,,,,,red,,",
				",Purchase,A purchase,SOLD_BY,,Dealer,Some Shop,,,https://example.org/t,,,,,,,,,maybe,2031-01-01",
				",Dealer,A dealer,ASSERTS,,Claim,Third claim,,,https://example.org/t,,,,,,,,,,");

		assertThatThrownBy(() -> data.run(f)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactly(
					"typed.csv:2: column object.value: 'lots' is not a number (write 1234.5, no thousands separators)",
					"typed.csv:3: column object.colour: 'colour' is not a property of a Claim (it has statement, topic, value, unit, claimKind, period)",
					"typed.csv:4: column subject.strawpurchase: 'maybe' is not true or false",
					"typed.csv:4: column subject.date: '2031-01-01' is in the future",
					"typed.csv:5: column subject_type: ASSERTS is said by the row's source: leave the subject empty (or Source)",
					"typed.csv:5: column subject_name: ASSERTS is said by the row's source (source_url): leave the subject empty"));
	}

}
