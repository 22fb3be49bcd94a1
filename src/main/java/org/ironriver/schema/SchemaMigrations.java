package org.ironriver.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.database.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
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
 * "Nothing to migrate" is decided by one read of that history, with no lock and no DDL,
 * so a start on a current store costs one query. Only when something is missing is the
 * {@link MigrationLock} taken, the history read again under it (another process may have
 * migrated meanwhile) and the rest applied.
 *
 * <p>
 * This follows neo4j-migrations' conventions ({@code V0001__Create_constraints.cypher}, a
 * lock node); the library itself is not resolvable from Maven Central here (its parent
 * POM is missing) and its 2.x line is built on driver 5, while Boot 4 brings driver 6.
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d{4})__([A-Za-z0-9_]+)\\.cypher");

	private static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

	private static final String HISTORY = "MATCH (m:__Neo4jMigration) RETURN m.version AS v, m.checksum AS c";

	private SchemaMigrations() {
	}

	public record Migration(int version, String description, String checksum, List<String> statements) {
	}

	/**
	 * What a start found and did: how many migrations it applied now, and in how long.
	 */
	public record Outcome(int applied, Duration took) {
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
		return apply(driver, sessionConfig, MigrationLock.DEFAULT_WAIT).applied();
	}

	/**
	 * Applies what is missing, waiting at most {@code lockWait} for another process that
	 * is migrating the same database.
	 */
	public static Outcome apply(Driver driver, SessionConfig sessionConfig, Duration lockWait) {
		long started = System.nanoTime();
		var migrations = load();
		try (var session = driver.session(sessionConfig)) {
			if (missing(migrations, history(session)).isEmpty()) {
				return new Outcome(0, Duration.ofNanos(System.nanoTime() - started));
			}
			int applied = 0;
			var lock = MigrationLock.acquire(session, lockWait);
			try {
				// Read again under the lock: a process that held it may have applied
				// them.
				for (var migration : missing(migrations, history(session))) {
					// Schema statements cannot share a transaction with data writes, so
					// each runs on its own.
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
				// Indexes fill in the background; the application is not ready until they
				// are online, and a start that migrated nothing found them online already
				// (the start that created them waited here before releasing the lock).
				session.run("CALL db.awaitIndexes(300)").consume();
			}
			finally {
				lock.release();
			}
			return new Outcome(applied, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Whether every migration is applied, read from the embedded database's own API: on a
	 * start with nothing to migrate this is the whole schema check, and it neither opens
	 * a Bolt connection nor compiles a query in a JVM where nothing is warm yet (that
	 * cost seconds on a busy machine, for a few nodes).
	 */
	public static boolean isCurrent(EmbeddedNeo4j database) {
		Map<Long, String> done = new HashMap<>();
		database.nodes("__Neo4jMigration", "version", "checksum")
			.forEach(node -> done.put(((Number) node.get("version")).longValue(), (String) node.get("checksum")));
		return missing(load(), done).isEmpty();
	}

	private static Map<Long, String> history(Session session) {
		Map<Long, String> done = new HashMap<>();
		session.executeRead(tx -> tx.run(HISTORY).list())
			.forEach(r -> done.put(r.get("v").asLong(), r.get("c").asString()));
		return done;
	}

	/**
	 * The migrations not yet applied, in order; a changed one that was applied stops the
	 * start.
	 */
	private static List<Migration> missing(List<Migration> migrations, Map<Long, String> done) {
		var missing = new ArrayList<Migration>();
		for (var migration : migrations) {
			var checksum = done.get((long) migration.version());
			if (checksum == null) {
				missing.add(migration);
			}
			else if (!checksum.equals(migration.checksum())) {
				throw new IllegalStateException(
						"migration V%04d (%s) changed after it was applied; add a new migration instead"
							.formatted(migration.version(), migration.description()));
			}
		}
		return missing;
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
