package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The slug changed from one that dropped every non-ASCII letter ("Cañon City" became
 * {@code ca-on-city}) to one that transliterates ({@code canon-city}). A store written by
 * the old rule must not split: importing the same city again finds the old node.
 */
@IntegrationTest
class SlugCompatibilityTest {

	@Autowired
	ImportService imports;

	@Autowired
	Neo4jSessions sessions;

	@TempDir
	Path dir;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	@Test
	void a_city_written_under_the_old_ascii_only_slug_is_found_again_and_not_duplicated() throws IOException {
		// What an FFL import wrote before the change, as it wrote it.
		sessions.write(tx -> tx.run("""
				MERGE (us:Entity {id: 'US'})
				MERGE (st:Entity {id: 'colorado'})
				ON CREATE SET st:Place, st.name = 'Colorado', st.placeKind = 'us-state', st.code = 'CO',
				              st.origin = 'import-ffl-oldslug'
				CREATE (city:Entity:Place {id: 'ca-on-city-co', name: 'Cañon City, Colorado', placeKind: 'us-city',
				                           origin: 'import-ffl-oldslug'})
				CREATE (city)-[:LOCATED_IN {origin: 'import-ffl-oldslug', sources: ['src-import-ffl-oldslug'],
				                            confidence: 1.0}]->(st)
				""").consume());

		var summary = importListing("ffl-2026-02.txt",
				FflImportTest.row("8", "84", "01", "6B", "70001", "ROYAL GORGE ARMS", "CAÑON CITY", "CO"));

		assertThat(summary.created()).isEqualTo(1);
		assertThat(read("""
				MATCH (p:Place {placeKind: 'us-city'}) WHERE p.name = 'Cañon City, Colorado'
				RETURN collect(p.id) AS ids
				""")).containsEntry("ids", List.of("ca-on-city-co"));
		assertThat(read("""
				MATCH (:Dealer {id: 'ffl-8-84-70001'})-[:LOCATED_IN]->(c:Place)-[:LOCATED_IN]->(s:Place)
				RETURN c.id AS city, s.id AS state
				""")).containsEntry("city", "ca-on-city-co").containsEntry("state", "colorado");
		assertThat(read("MATCH (n:Entity {id: 'canon-city-co'}) RETURN count(n) AS n")).containsEntry("n", 0L);
	}

	@Test
	void a_city_new_to_the_store_gets_the_transliterated_id() throws IOException {
		importListing("ffl-2026-02.txt",
				FflImportTest.row("8", "84", "01", "6B", "70002", "FREMONT COUNTY GUNS", "CAÑON CITY", "CO"));

		assertThat(
				read("MATCH (:Dealer {id: 'ffl-8-84-70002'})-[:LOCATED_IN]->(c) RETURN c.id AS city, c.name AS name"))
			.containsEntry("city", "canon-city-co")
			.containsEntry("name", "Cañon City, Colorado");
	}

	private ImportSummary importListing(String name, String... rows) throws IOException {
		var path = dir.resolve(name);
		Files.writeString(path, FflImportTest.HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
		return imports
			.importFiles(ImportKind.FFL, List.of(new ImportService.InputFileRef(path, name)), ImportOptions.defaults(),
					Progress.NONE)
			.get(0);
	}

	private Map<String, Object> read(String cypher) {
		return imports.target().read(tx -> tx.run(cypher, Map.of()).rows()).get(0);
	}

}
