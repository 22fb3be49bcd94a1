package org.ironriver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ironriver.cli.ExitCodes;
import org.ironriver.support.ExternalDatabase;
import org.ironriver.support.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ironriver import} and {@code export} with {@code NEO4J_URI} naming another
 * database (a second Neo4j of this test's own, reached over Bolt as a server would be):
 * they write the file and nothing else — the curated graph is loaded there only with
 * {@code --with-curated}.
 *
 * <p>
 * {@code NEO4J_URI} is given as system properties, which Spring reads before the
 * environment, because a running JVM cannot set its own environment.
 */
@DisabledIfEnvironmentVariable(named = "NEO4J_URI", matches = ".+",
		disabledReason = "the test points the command line at a database of its own; with NEO4J_URI set the "
				+ "environment would name another")
class CommandLineOnExternalDatabaseTest {

	@Test
	void import_and_export_write_only_what_they_are_asked_to(@TempDir Path store, @TempDir Path dir) throws Exception {
		try (var database = ExternalDatabase.start(store)) {
			var facts = facts(dir);
			assertThat(IronriverCommand.run("import", "facts", facts.toString())).isEqualTo(ExitCodes.OK);
			assertThat(database.count("MATCH (n:Entity) RETURN count(n) AS n"))
				.as("the dealer, the place and the report's Source; no curated node")
				.isEqualTo(3);
			assertThat(database.count("MATCH (n {origin: 'curated'}) RETURN count(n) AS n")).isZero();

			var out = dir.resolve("neighbourhood.json");
			assertThat(IronriverCommand.run("export", "neighbourhood", "--entity", "yuma-test-place", "--format",
					"json", "--out", out.toString()))
				.isEqualTo(ExitCodes.OK);
			assertThat(Files.readString(out)).contains("Border Guns External LLC");
			assertThat(database.count("MATCH (n {origin: 'curated'}) RETURN count(n) AS n")).isZero();

			assertThat(IronriverCommand.run("import", "facts", "--with-curated", facts.toString()))
				.isEqualTo(ExitCodes.OK);
			assertThat(
					database.count("MATCH (n:Entity {id: 'spragues-sports', origin: 'curated'}) RETURN count(n) AS n"))
				.as("asked for, the curated graph is loaded")
				.isEqualTo(1);
		}
	}

	/** One fact between two new entities, citing one new source. */
	private static Path facts(Path dir) throws IOException {
		var file = dir.resolve("facts.csv");
		Files.writeString(file, ImportFixtures.FACTS_HEADER + "\n"
				+ ",Dealer,Border Guns External LLC,LOCATED_IN,yuma-test-place,Place,Yuma Test Place,2019,,"
				+ "https://example.org/external-report,External report,Example Org,2024-05-01,\"a dealer\",p. 3,0.8\n",
				StandardCharsets.UTF_8);
		return file;
	}

}
