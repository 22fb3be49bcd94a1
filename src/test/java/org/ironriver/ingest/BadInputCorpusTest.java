package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every malformed file of {@code src/test/resources/bad-input} (listed with its expected
 * error in manifest.csv) is refused with an error naming the file and line, and leaves
 * the graph exactly as it was.
 */
@IntegrationTest
class BadInputCorpusTest {

	static final Path CORPUS = Path.of("src/test/resources/bad-input");

	@Autowired
	ImportService imports;

	@Autowired
	Neo4jSessions sessions;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	record Case(String format, String file, String expected) {

		@Override
		public String toString() {
			return format + "/" + file;
		}
	}

	static Stream<Case> corpus() throws IOException {
		return Files.readAllLines(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", 3))
			.map(p -> new Case(p[0], p[1], p[2]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void each_malformed_file_gets_its_clear_error_and_leaves_the_graph_unchanged(Case c) {
		var before = fingerprint();
		var path = CORPUS.resolve(c.format()).resolve(c.file());

		assertThatThrownBy(() -> imports.importFiles(ImportKind.parse(c.format()),
				List.of(new ImportService.InputFileRef(path, c.file())), ImportOptions.defaults(), Progress.NONE))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors()).isNotEmpty();
				var first = ex.errors().get(0);
				assertThat(first.file()).isEqualTo(c.file());
				assertThat(ex.errors()).extracting(RowError::toString)
					.anySatisfy(e -> assertThat(e).contains(c.expected()));
				if (!first.reason().startsWith("file:")) {
					assertThat(first.line()).as("line of " + first).isPositive();
				}
			});
		assertThat(fingerprint()).isEqualTo(before);
	}

	@org.junit.jupiter.api.Test
	void the_corpus_holds_well_over_fifty_malformed_files_across_the_formats() throws IOException {
		assertThat(corpus().count()).isGreaterThanOrEqualTo(120);
		assertThat(corpus().map(Case::format).distinct()).containsExactlyInAnyOrder("ffl", "facts", "trace", "ftm");
	}

	@org.junit.jupiter.api.Test
	void skip_invalid_stores_cypher_like_names_as_plain_text_and_rejects_the_bad_row() {
		var path = CORPUS.resolve("ffl/ffl-2025-01-cypher-injection-bad-row.txt");

		var summary = imports
			.importFiles(ImportKind.FFL, List.of(new ImportService.InputFileRef(path, "injection.txt")),
					ImportOptions.defaults()
						.withSkipInvalid(true)
						.withListingMonth("2025-01")
						.withRejectFile(Path.of("target/injection.rejects.tsv")),
					Progress.NONE)
			.get(0);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(1);
		var stored = imports.target()
			.read(tx -> tx
				.run("MATCH (d:Dealer {id: 'ffl-9-86-71001'}) RETURN d.name AS name, "
						+ "count { MATCH (n) } > 0 AS graphStillThere", Map.of())
				.rows())
			.get(0);
		assertThat(stored).containsEntry("name", "'}) DETACH DELETE n //").containsEntry("graphStillThere", true);
	}

	@org.junit.jupiter.api.Test
	void skip_invalid_stores_a_cypher_like_fact_subject_as_plain_text_and_rejects_the_bad_row() throws IOException {
		var path = CORPUS.resolve("facts/facts-cypher-injection-bad-row.csv");
		var rejects = Path.of("target/facts-injection.rejects.tsv");

		var summary = imports
			.importFiles(ImportKind.FACTS, List.of(new ImportService.InputFileRef(path, "facts-injection.csv")),
					ImportOptions.defaults().withSkipInvalid(true).withRejectFile(rejects), Progress.NONE)
			.get(0);

		assertThat(summary.created()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(Files.readAllLines(rejects)).hasSize(2)
			.last()
			.satisfies(l -> assertThat(l).startsWith("facts-injection.csv\t3\trelation\tunknown relation 'SELLS_TO'"));
		var stored = imports.target()
			.read(tx -> tx.run("MATCH (d:Dealer)-[:LOCATED_IN]->(:Place {id: 'tucson'}) "
					+ "WHERE d.name STARTS WITH \"'})\" RETURN d.name AS name, count { MATCH (n) } > 100 AS graphStillThere",
					Map.of())
				.rows())
			.get(0);
		assertThat(stored).containsEntry("name", "'}) DETACH DELETE n //").containsEntry("graphStillThere", true);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"facts|facts-huge-name.csv|5000|column subject_name: is 5000 characters long; at most 500 are allowed",
			"facts|facts-huge-quote.csv|12000|column quote: is 12000 characters long; at most 10000 are allowed",
			"facts|facts-huge-line.csv|70000|line is longer than 65536 characters",
			"trace|trace-huge-caveat.csv|20000|column caveat: is 20000 characters long",
			"ftm|ftm-huge-name.json|3000|column properties.name: is 3000 characters long" })
	void huge_fields_are_refused_without_being_held_in_memory(String format, String name, int size, String expected,
			@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		var huge = "x".repeat(size);
		var text = switch (name) {
			case "facts-huge-name.csv" -> ImportFixtures.FACTS_HEADER + "\n,Dealer," + huge
					+ ",LOCATED_IN,tucson,Place,,,,https://example.org/h,,,,,,\n";
			case "facts-huge-quote.csv", "facts-huge-line.csv" -> ImportFixtures.FACTS_HEADER
					+ "\n,Dealer,Huge Guns,LOCATED_IN,tucson,Place,,,,https://example.org/h,,,,\"" + huge + "\",,\n";
			case "trace-huge-caveat.csv" ->
				ImportFixtures.TRACE_HEADER + "\n2023,MX,AZ,traced,1,firearms,https://example.org/h," + huge + "\n";
			default -> "{\"id\": \"huge\", \"schema\": \"Person\", \"properties\": {\"name\": [\"" + huge + "\"]}}\n";
		};
		var path = dir.resolve(name);
		Files.writeString(path, text, StandardCharsets.UTF_8);
		var before = fingerprint();

		assertThatThrownBy(() -> imports.importFiles(ImportKind.parse(format),
				List.of(new ImportService.InputFileRef(path, name)), ImportOptions.defaults(), Progress.NONE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(RowError::toString)
						.anySatisfy(e -> assertThat(e).startsWith(name + ":" + (format.equals("ftm") ? 1 : 2) + ":")
							.contains(expected)));
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * Node and relationship counts plus a checksum over every id and name and
	 * relationship's ends.
	 */
	Map<String, Object> fingerprint() {
		return imports.target()
			.read(tx -> tx
				.run("""
						CALL () { MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS nodes, sum(size(coalesce(n.id, '')) + size(coalesce(toString(n.name), ''))) AS nodeChars }
						CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(type(r))) AS relChars }
						RETURN nodes, nodeChars, relationships, relChars
						""",
						Map.of())
				.rows())
			.get(0);
	}

}
