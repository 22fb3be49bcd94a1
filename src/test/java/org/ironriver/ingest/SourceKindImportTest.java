package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.facts.FactsImporter;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The facts and trace formats say what kind of document their source is, checked against
 * the one list, and a fact that gives no confidence gets its source kind's default.
 */
@IntegrationTest
class SourceKindImportTest {

	private static final String FACTS_HEADER = String.join(",", FactsImporter.COLUMNS) + ",source_kind";

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
	void a_facts_row_sets_its_sources_kind_and_the_default_confidence_follows_it() throws IOException {
		var f = file("facts-kinds.csv", FACTS_HEADER,
				",Dealer,Kind Test Guns,LOCATED_IN,arizona,Place,,2019,,https://example.org/kinds/news,,,,,,,press",
				",Dealer,Kind Test Arms,LOCATED_IN,arizona,Place,,2019,,https://example.org/kinds/unsaid,,,,,,,");

		run(ImportKind.FACTS, f);

		assertThat(rows("""
				MATCH (d:Dealer)-[r:LOCATED_IN]->(:Place {id: 'arizona'}), (s:Source {id: r.sources[0]})
				WHERE d.name STARTS WITH 'Kind Test'
				RETURN d.name + ' ' + s.kind + ' ' + r.confidence AS row ORDER BY row"""))
			.containsExactly("Kind Test Arms unknown 0.5", "Kind Test Guns press 0.7");
	}

	@Test
	void a_source_kind_off_the_list_is_an_error_with_file_line_and_column() throws IOException {
		var f = file("facts-tabloid.csv", FACTS_HEADER,
				",Dealer,Kind Test Guns,LOCATED_IN,arizona,Place,,2019,,https://example.org/kinds/t,,,,,,,tabloid");

		assertThatThrownBy(() -> run(ImportKind.FACTS, f)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(RowError::toString)
					.containsExactly("facts-tabloid.csv:2: column source_kind: kind 'tabloid' is not one of "
							+ "court-record, opinion, statute, government, intergovernmental, academic, press, "
							+ "dataset, ngo, reference, blog, unknown"));
		assertThat(rows("MATCH (d:Dealer {name: 'Kind Test Guns'}) RETURN d.id AS row")).isEmpty();
	}

	@Test
	void trace_figures_come_from_a_government_source_unless_the_row_says_otherwise() throws IOException {
		var f = file("trace-kinds.csv", TraceImportTest.HEADER + ",source_kind",
				"2019,MX,AZ,kind-test-traced,10,firearms,https://example.org/kinds/atf,Only traced guns,",
				"2019,MX,TX,kind-test-traced,20,firearms,https://example.org/kinds/blog,Only traced guns,blog");

		run(ImportKind.TRACE, f);

		assertThat(rows("""
				MATCH (o)-[r:ORIGIN_OF]->(f:FlowObservation {metric: 'kind-test-traced'}), (s:Source {id: r.sources[0]})
				RETURN o.id + ' ' + s.kind + ' ' + r.confidence AS row ORDER BY row"""))
			.containsExactly("arizona government 0.9", "texas blog 0.5");
	}

	private Path file(String name, String... lines) throws IOException {
		var path = dir.resolve(name);
		Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return path;
	}

	private void run(ImportKind kind, Path file) {
		imports.importFiles(kind, List.of(new ImportService.InputFileRef(file, file.getFileName().toString())),
				ImportOptions.defaults(), Progress.NONE);
	}

	private List<String> rows(String cypher) {
		return imports.target()
			.read(tx -> tx.run(cypher, Map.of()).rows())
			.stream()
			.map(r -> (String) r.get("row"))
			.toList();
	}

}
