package org.ironriver.ingest;

import static org.ironriver.support.ImportFixtures.FFL_HEADER;
import static org.ironriver.support.ImportFixtures.fflRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

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
class FflImportTest {

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
		data = new ImportFixtures(imports, dir, ImportKind.FFL);
	}

	@Test
	void licensees_become_dealers_manufacturers_and_importers_located_in_their_city_with_the_file_as_evidence()
			throws IOException {
		var f = data.fflFile("ffl-2026-01.txt", fflRow("9", "86", "01", "6A", "10001", "YUMA GUNS LLC", "YUMA", "AZ"),
				fflRow("9", "86", "07", "6A", "10002", "DESERT ARMS MFG", "SAN LUIS", "AZ"),
				fflRow("5", "74", "08", "6A", "10003", "'}) DETACH DELETE n //", "EL PASO", "TX"));
		var summary = data.runAll(ImportOptions.defaults(), f).get(0);

		assertThat(summary.read()).isEqualTo(3);
		assertThat(summary.created()).isEqualTo(3);
		var dealer = data.one(
				"""
						MATCH (d:Dealer {id: 'ffl-9-86-10001'})-[r:LOCATED_IN]->(c:Place)-[:LOCATED_IN]->(s:Place)-[:LOCATED_IN]->(us:Country)
						RETURN d.licenceNumber AS number, d.licenceType AS type, d.name AS name, d.phone AS phone,
						       d.firstListed AS first, d.lastListed AS last, d.listings AS listings, d.origin AS origin,
						       c.id AS city, s.id AS state, us.id AS country, r.sources AS sources, r.origin AS relOrigin,
						       r.locator AS locator
						""",
				Map.of());
		assertThat(dealer).containsEntry("number", "9-86-027-01-6A-10001")
			.containsEntry("type", "01")
			.containsEntry("name", "YUMA GUNS LLC")
			.containsEntry("phone", "9285551234")
			.containsEntry("first", LocalDate.of(2026, 1, 1))
			.containsEntry("last", LocalDate.of(2026, 1, 1))
			.containsEntry("listings", List.of("2026-01"))
			.containsEntry("origin", summary.importId())
			.containsEntry("city", "yuma")
			.containsEntry("state", "arizona")
			.containsEntry("country", "US")
			.containsEntry("sources", List.of(summary.importId().replace("import-", "src-import-")))
			.containsEntry("relOrigin", summary.importId())
			.containsEntry("locator", "ffl-2026-01.txt:2");
		assertThat(data.one(
				"MATCH (m:Manufacturer {id: 'ffl-9-86-10002'})-[:LOCATED_IN]->(c) RETURN c.id AS city, c.name AS name",
				Map.of()))
			.containsEntry("city", "san-luis-az")
			.containsEntry("name", "San Luis, Arizona");
		assertThat(data.one("MATCH (i:Importer {id: 'ffl-5-74-10003'}) RETURN i.name AS name", Map.of()))
			.containsEntry("name", "'}) DETACH DELETE n //");
		assertThat(data.one(
				"MATCH (i:Import {id: $id}) RETURN i.status AS status, i.created AS created, i.file AS file, i.user AS user",
				Map.of("id", summary.importId())))
			.containsEntry("status", "completed")
			.containsEntry("created", 3L)
			.containsEntry("file", "ffl-2026-01.txt")
			.containsEntry("user", System.getProperty("user.name"));
		assertThat(
				data.one("MATCH (s:Source {id: $id}) RETURN s.kind AS kind, s.title AS title, s.published AS published",
						Map.of("id", summary.importId().replace("import-", "src-import-"))))
			.containsEntry("kind", "dataset")
			.containsEntry("title", "ATF FFL listing 2026-01 (ffl-2026-01.txt)")
			.containsEntry("published", LocalDate.of(2026, 1, 1));
	}

	@Test
	void importing_the_same_file_twice_changes_nothing() throws IOException {
		var f = data.fflFile("ffl-2025-03.txt", fflRow("3", "31", "01", "5C", "20001", "TWICE SPORTS", "DALLAS", "TX"),
				fflRow("3", "31", "02", "5C", "20002", "PAWN TWICE", "DALLAS", "TX"));
		data.runAll(ImportOptions.defaults(), f);
		long nodes = data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n");
		long rels = data.count("MATCH ()-[r]->() RETURN count(r) AS n");

		var second = data.runAll(ImportOptions.defaults(), f).get(0);

		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n")).isEqualTo(nodes);
		assertThat(data.count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(rels);
		assertThat(data.count("MATCH (i:Import {id: '" + second.importId() + "'}) RETURN i.runs AS n")).isEqualTo(2);
	}

	@Test
	void monthly_listings_record_when_each_licensee_was_first_and_last_listed() throws IOException {
		var jan = data.fflFile("ffl-2024-01.txt", fflRow("4", "55", "01", "4A", "30001", "STAYS", "AUSTIN", "TX"),
				fflRow("4", "55", "01", "4A", "30002", "LEAVES", "AUSTIN", "TX"));
		var feb = data.fflFile("ffl-2024-02.txt", fflRow("4", "55", "01", "5B", "30001", "STAYS", "HOUSTON", "TX"),
				fflRow("4", "55", "01", "5B", "30003", "ARRIVES", "AUSTIN", "TX"));

		var summaries = data.runAll(ImportOptions.defaults(), feb, jan);

		assertThat(summaries).extracting(ImportSummary::file).containsExactly("ffl-2024-01.txt", "ffl-2024-02.txt");
		assertThat(summaries.get(1).created()).isEqualTo(1);
		assertThat(summaries.get(1).updated()).isEqualTo(1);
		var stays = data.one(
				"""
						MATCH (d:Dealer {id: 'ffl-4-55-30001'})
						RETURN d.firstListed AS first, d.lastListed AS last, d.listings AS listings, d.licenceNumber AS number,
						       d.imports AS imports,
						       [(d)-[r:LOCATED_IN]->(c) WHERE r.validTo IS NULL | c.id] AS current,
						       [(d)-[r:LOCATED_IN]->(c) WHERE r.validTo IS NOT NULL | c.id + ' until ' + toString(r.validTo)] AS former
						""",
				Map.of());
		assertThat(stays).containsEntry("first", LocalDate.of(2024, 1, 1))
			.containsEntry("last", LocalDate.of(2024, 2, 1))
			.containsEntry("listings", List.of("2024-01", "2024-02"))
			.containsEntry("number", "4-55-027-01-5B-30001")
			// the curated "Houston, Texas": a listed city is the graph's city of that
			// name
			// in that state, not a second node
			.containsEntry("current", List.of("houston"))
			.containsEntry("former", List.of("austin-tx until 2024-01-31"));
		assertThat((List<?>) stays.get("imports")).hasSize(2);
		assertThat(data.one("MATCH (d:Dealer {id: 'ffl-4-55-30002'}) RETURN d.lastListed AS last", Map.of()))
			.containsEntry("last", LocalDate.of(2024, 1, 1));
		assertThat(data.one("MATCH (d:Dealer {id: 'ffl-4-55-30003'}) RETURN d.firstListed AS first", Map.of()))
			.containsEntry("first", LocalDate.of(2024, 2, 1));
	}

	@Test
	void a_file_with_an_invalid_row_writes_nothing_and_names_file_line_column_and_reason() throws IOException {
		var f = data.fflFile("ffl-2023-05.txt", fflRow("6", "12", "01", "3E", "40001", "GOOD ROW", "RENO", "NV"),
				fflRow("6", "12", "01", "3E", "4000X", "BAD SEQUENCE", "RENO", "NV"));
		long nodes = data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n");

		assertThatThrownBy(() -> data.runAll(ImportOptions.defaults(), f)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.errors()).extracting(RowError::toString)
					.containsExactly("ffl-2023-05.txt:3: column LIC_SEQN: '4000X' is not five digits"));
		assertThat(data.count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n")).isEqualTo(nodes);
	}

	@Test
	void skip_invalid_writes_the_valid_rows_and_puts_the_rejected_ones_with_reasons_in_the_reject_file()
			throws IOException {
		var f = data.fflFile("ffl-2023-06.txt", fflRow("6", "12", "01", "3E", "50001", "GOOD ROW", "RENO", "NV"),
				fflRow("6", "12", "01", "3E", "50002", "BAD STATE", "RENO", "ZZ"),
				fflRow("6", "12", "01", "3E", "50001", "DUPLICATE", "RENO", "NV"));
		var rejects = dir.resolve("rejects.tsv");

		var summary = data.runAll(ImportOptions.defaults().withSkipInvalid(true).withRejectFile(rejects), f).get(0);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(2);
		assertThat(Files.readAllLines(rejects)).hasSize(3)
			.anySatisfy(l -> assertThat(l).startsWith("ffl-2023-06.txt\t3\tPREMISE_STATE\tunknown state 'ZZ'\t6\t12"))
			.anySatisfy(l -> assertThat(l)
				.startsWith("ffl-2023-06.txt\t4\tLIC_SEQN\tduplicate licensee ffl-6-12-50001 (already on line 2)"));
		assertThat(data.one("MATCH (d:Dealer {id: 'ffl-6-12-50001'}) RETURN d.name AS name", Map.of()))
			.containsEntry("name", "GOOD ROW");
	}

	@Test
	void gzip_listings_are_read_like_plain_ones() throws IOException {
		var gz = dir.resolve("ffl-2022-07.txt.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write((FFL_HEADER + "\n" + fflRow("8", "21", "01", "2G", "60001", "GZIP GUNS", "DENVER", "CO") + "\n")
				.getBytes(StandardCharsets.UTF_8));
		}

		var summary = data.runAll(ImportOptions.defaults(), gz).get(0);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(data.one("MATCH (d:Dealer {id: 'ffl-8-21-60001'})-[:LOCATED_IN]->(c) RETURN c.id AS city", Map.of()))
			.containsEntry("city", "denver-co");
	}

}
