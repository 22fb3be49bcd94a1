package org.ironriver.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned, immutable schema migrations in {@code cypher/migrations} in
 * order, each once, and records them as {@code __Neo4jMigration} nodes with a checksum. A
 * changed migration that was already applied stops the start-up: schema changes go in a
 * new file.
 *
 * <p>
 * This follows neo4j-migrations' conventions ({@code V0001__Create_constraints.cypher});
 * the library itself is not resolvable from Maven Central here (its parent POM is
 * missing) and its 2.x line is built on driver 5, while Boot 4 brings driver 6.
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d{4})__([A-Za-z0-9_]+)\\.cypher");

	private static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

	private SchemaMigrations() {
	}

	public record Migration(int version, String description, String checksum, List<String> statements) {
	}

	public static List<Migration> load() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			var migrations = new ArrayList<Migration>();
			for (Resource resource : resources) {
				var matcher = FILE_NAME.matcher(resource.getFilename());
				if (!matcher.matches()) {
					throw new IllegalStateException("migration file name " + resource.getFilename()
							+ " does not follow V0001__Verb_object.cypher");
				}
				var text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
						DigestUtils.sha256Hex(text), statements(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Applies what is missing; returns how many migrations were applied now. */
	public static int apply(Driver driver, SessionConfig sessionConfig) {
		int applied = 0;
		try (var session = driver.session(sessionConfig)) {
			Map<Long, String> done = new HashMap<>();
			session
				.executeRead(tx -> tx.run("MATCH (m:__Neo4jMigration) RETURN m.version AS v, m.checksum AS c").list())
				.forEach(r -> done.put(r.get("v").asLong(), r.get("c").asString()));
			for (var migration : load()) {
				var checksum = done.get((long) migration.version());
				if (checksum != null) {
					if (!checksum.equals(migration.checksum())) {
						throw new IllegalStateException(
								"migration V%04d (%s) changed after it was applied; add a new migration instead"
									.formatted(migration.version(), migration.description()));
					}
					continue;
				}
				// Schema statements cannot share a transaction with data writes, so each
				// runs on its own.
				for (var statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.executeWrite(
						tx -> tx
							.run("""
									CREATE (:__Neo4jMigration {version: $version, description: $description, checksum: $checksum,
									        appliedAt: datetime()})""",
									Map.of("version", migration.version(), "description", migration.description(),
											"checksum", migration.checksum()))
							.consume());
				log.info("Applied schema migration V{} {}", "%04d".formatted(migration.version()),
						migration.description());
				applied++;
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		return applied;
	}

	static List<String> statements(String text) {
		var withoutComments = Arrays.stream(text.split("\n"))
			.filter(line -> !line.strip().startsWith("//"))
			.reduce(new StringBuilder(), (sb, line) -> sb.append(line).append('\n'), StringBuilder::append)
			.toString();
		return Arrays.stream(withoutComments.split(";\\s*(\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

}
