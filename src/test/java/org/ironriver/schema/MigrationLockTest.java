package org.ironriver.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * Two migrators on one real database, each with a driver of its own as two application
 * processes would have: the schema is applied once, the second waits for the first, a
 * lock held too long stops a start with one line naming the holder, and a dead process's
 * lock is taken over.
 */
class MigrationLockTest {

	private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

	@TempDir
	static Path store;

	static EmbeddedNeo4j database;

	@BeforeAll
	static void start() {
		database = EmbeddedNeo4j.start(EmbeddedNeo4jProperties.of(store, 0, "127.0.0.1", "16m"));
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	private static Driver driver() {
		return GraphDatabase.driver(database.boltUri(), database.authToken());
	}

	/** Each test starts from a database with no schema and no data, as a new store. */
	@BeforeEach
	void emptyDatabase() {
		var db = database.database();
		db.executeTransactionally("MATCH (n) DETACH DELETE n");
		for (var constraint : names("SHOW CONSTRAINTS YIELD name RETURN name")) {
			db.executeTransactionally("DROP CONSTRAINT " + constraint);
		}
		for (var index : names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
			db.executeTransactionally("DROP INDEX " + index);
		}
	}

	private static List<String> names(String show) {
		return database.database().executeTransactionally(show, Map.of(), result -> {
			var names = new ArrayList<String>();
			result.forEachRemaining(row -> names.add((String) row.get("name")));
			return names;
		});
	}

	private static long count(String cypher) {
		return database.database().executeTransactionally(cypher, Map.of(), result -> (Long) result.next().get("n"));
	}

	@Test
	void two_migrators_starting_together_apply_each_migration_once() throws Exception {
		int migrations = SchemaMigrations.load().size();
		var together = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try (var first = driver(); var second = driver()) {
			List<Future<SchemaMigrations.Outcome>> outcomes = new ArrayList<>();
			for (var driver : List.of(first, second)) {
				Callable<SchemaMigrations.Outcome> start = () -> {
					together.await();
					return SchemaMigrations.apply(driver, WRITE, Duration.ofMinutes(2));
				};
				outcomes.add(pool.submit(start));
			}
			var applied = List.of(outcomes.get(0).get().applied(), outcomes.get(1).get().applied());
			assertThat(applied).as("one applied all, the other none (it waited, then found them applied)")
				.containsExactlyInAnyOrder(migrations, 0);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(DISTINCT m.version) AS n")).isEqualTo(migrations);
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).as("no version recorded twice")
			.isEqualTo(migrations);
		assertThat(count("MATCH (l:__Neo4jMigrationLock) RETURN count(l) AS n")).as("the lock is released").isZero();
	}

	@Test
	void a_current_schema_is_checked_with_one_read_and_no_lock() {
		try (var driver = driver()) {
			SchemaMigrations.apply(driver, WRITE, Duration.ofSeconds(5));
			// A live lock would make any migrator wait: one with nothing to do never
			// asks.
			database.database()
				.executeTransactionally(
						"CREATE (:__Neo4jMigrationLock {id: 'schema', owner: 'other', " + "lockedAt: datetime()})");
			var again = SchemaMigrations.apply(driver, WRITE, Duration.ofMillis(1));
			assertThat(again.applied()).isZero();
		}
	}

	@Test
	void a_lock_held_longer_than_the_wait_stops_the_start_with_one_line_naming_the_holder() {
		try (var driver = driver(); var session = driver.session(WRITE)) {
			var held = MigrationLock.acquire(session, Duration.ofSeconds(5), "ironriver-a@host/1");
			try (var other = driver(); var otherSession = other.session(WRITE)) {
				long started = System.nanoTime();
				assertThatThrownBy(() -> SchemaMigrations.apply(other, WRITE, Duration.ofSeconds(1)))
					.isInstanceOf(SchemaLockedException.class)
					.hasMessageStartingWith("another process (ironriver-a@host/1, since ")
					.hasMessageContaining("waited 1 s")
					.hasMessageNotContaining("\n");
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as("bounded wait")
					.isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
			}
			finally {
				held.release();
			}
			assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).as("nothing applied by the waiter")
				.isZero();
		}
	}

	@Test
	void a_second_migrator_waits_for_the_lock_and_then_finds_nothing_left_to_do() throws Exception {
		int migrations = SchemaMigrations.load().size();
		try (var driver = driver(); var session = driver.session(WRITE); var other = driver()) {
			var held = MigrationLock.acquire(session, Duration.ofSeconds(5), "first");
			var pool = Executors.newSingleThreadExecutor();
			try {
				var waiting = pool.submit(() -> SchemaMigrations.apply(other, WRITE, Duration.ofMinutes(2)));
				Thread.sleep(1000);
				assertThat(waiting).as("waits while the lock is held").isNotDone();
				// The holder migrates (as the first process would), then releases.
				for (var migration : SchemaMigrations.load()) {
					for (var statement : migration.statements()) {
						session.run(statement).consume();
					}
					session
						.run("CREATE (:__Neo4jMigration {version: $v, description: $d, checksum: $c})",
								Map.of("v", migration.version(), "d", migration.description(), "c",
										migration.checksum()))
						.consume();
				}
				held.release();
				assertThat(waiting.get().applied()).isZero();
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).isEqualTo(migrations);
		}
	}

	@Test
	void a_lock_left_by_a_dead_process_is_taken_over() {
		database.database()
			.executeTransactionally("CREATE CONSTRAINT __neo4j_migration_lock IF NOT EXISTS "
					+ "FOR (l:__Neo4jMigrationLock) REQUIRE l.id IS UNIQUE");
		database.database()
			.executeTransactionally("CREATE (:__Neo4jMigrationLock {id: 'schema', owner: 'dead', "
					+ "lockedAt: datetime() - duration({minutes: 11})})");
		try (var driver = driver()) {
			var outcome = SchemaMigrations.apply(driver, WRITE, Duration.ofSeconds(5));
			assertThat(outcome.applied()).isEqualTo(SchemaMigrations.load().size());
		}
		assertThat(count("MATCH (l:__Neo4jMigrationLock) RETURN count(l) AS n")).isZero();
	}

}
