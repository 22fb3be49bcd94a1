package org.ironriver.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Where importers write: the database over the driver (any server, or a running
 * ironriver's embedded one), or the embedded database in this JVM directly, which skips
 * Bolt's serialisation of every batch (measured ~35% more rows/s, see docs/import.md).
 * The Cypher is the same on both; only its transport differs.
 */
public interface GraphTarget {

	/**
	 * The outcome of one statement: its rows and the counters the importers report from.
	 */
	record Outcome(List<Map<String, Object>> rows, long nodesCreated, long relationshipsCreated) {
	}

	/** Statements inside one transaction. */
	interface Statements {

		Outcome run(String cypher, Map<String, Object> parameters);

	}

	/**
	 * Runs the work in one write transaction, retried on transient failures (deadlocks,
	 * leader switches).
	 */
	<T> T write(Function<Statements, T> work);

	/** Runs the work in one read transaction. */
	<T> T read(Function<Statements, T> work);

	/**
	 * Auto-commit statement, for {@code CALL … IN TRANSACTIONS} (the benchmark's
	 * baseline).
	 */
	Outcome autoCommit(String cypher, Map<String, Object> parameters);

	String describe();

	static GraphTarget driver(Driver driver, SessionConfig writeConfig, SessionConfig readConfig) {
		return new DriverTarget(driver, writeConfig, readConfig);
	}

	static GraphTarget embedded(GraphDatabaseService database) {
		return new EmbeddedTarget(database);
	}

	final class DriverTarget implements GraphTarget {

		private final Driver driver;

		private final SessionConfig writeConfig;

		private final SessionConfig readConfig;

		DriverTarget(Driver driver, SessionConfig writeConfig, SessionConfig readConfig) {
			this.driver = driver;
			this.writeConfig = writeConfig;
			this.readConfig = readConfig;
		}

		@Override
		public <T> T write(Function<Statements, T> work) {
			try (var session = driver.session(writeConfig)) {
				return session.executeWrite(tx -> work.apply((cypher, parameters) -> {
					var result = tx.run(cypher, parameters);
					var rows = result.list(r -> r.asMap());
					var counters = result.consume().counters();
					return new Outcome(rows, counters.nodesCreated(), counters.relationshipsCreated());
				}));
			}
		}

		@Override
		public <T> T read(Function<Statements, T> work) {
			try (var session = driver.session(readConfig)) {
				return session.executeRead(tx -> work.apply((cypher, parameters) -> {
					var result = tx.run(cypher, parameters);
					return new Outcome(result.list(r -> r.asMap()), 0, 0);
				}));
			}
		}

		@Override
		public Outcome autoCommit(String cypher, Map<String, Object> parameters) {
			try (var session = driver.session(writeConfig)) {
				var result = session.run(cypher, parameters);
				var rows = result.list(r -> r.asMap());
				var counters = result.consume().counters();
				return new Outcome(rows, counters.nodesCreated(), counters.relationshipsCreated());
			}
		}

		@Override
		public String describe() {
			return "driver";
		}

	}

	final class EmbeddedTarget implements GraphTarget {

		private static final int ATTEMPTS = 10;

		private final GraphDatabaseService database;

		EmbeddedTarget(GraphDatabaseService database) {
			this.database = database;
		}

		@Override
		public <T> T write(Function<Statements, T> work) {
			for (int attempt = 1;; attempt++) {
				try (var tx = database.beginTx()) {
					T value = work.apply((cypher, parameters) -> {
						try (var result = tx.execute(cypher, parameters)) {
							var rows = new ArrayList<Map<String, Object>>();
							result.accept(row -> {
								var map = new java.util.HashMap<String, Object>();
								for (var column : result.columns()) {
									map.put(column, plain(row.get(column)));
								}
								rows.add(map);
								return true;
							});
							var stats = result.getQueryStatistics();
							return new Outcome(rows, stats.getNodesCreated(), stats.getRelationshipsCreated());
						}
					});
					tx.commit();
					return value;
				}
				catch (TransientFailureException ex) {
					if (attempt == ATTEMPTS) {
						throw ex;
					}
					sleep(attempt);
				}
			}
		}

		@Override
		public <T> T read(Function<Statements, T> work) {
			return write(work);
		}

		@Override
		public Outcome autoCommit(String cypher, Map<String, Object> parameters) {
			return database.executeTransactionally(cypher, parameters, result -> {
				var rows = new ArrayList<Map<String, Object>>();
				while (result.hasNext()) {
					var row = new java.util.HashMap<String, Object>();
					result.next().forEach((k, v) -> row.put(k, plain(v)));
					rows.add(row);
				}
				var stats = result.getQueryStatistics();
				return new Outcome(rows, stats.getNodesCreated(), stats.getRelationshipsCreated());
			});
		}

		@Override
		public String describe() {
			return "embedded";
		}

		/**
		 * Embedded Cypher returns list properties as arrays; the driver as lists. Callers
		 * see lists either way.
		 */
		private static Object plain(Object value) {
			if (value != null && value.getClass().isArray()) {
				var list = new ArrayList<Object>();
				for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
					list.add(java.lang.reflect.Array.get(value, i));
				}
				return list;
			}
			if (value instanceof List<?> list) {
				return list.stream().map(EmbeddedTarget::plain).toList();
			}
			return value;
		}

		private static void sleep(int attempt) {
			try {
				Thread.sleep(20L * attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while retrying a write", ex);
			}
		}

	}

	static SessionConfig config(AccessMode mode) {
		return SessionConfig.builder().withDefaultAccessMode(mode).build();
	}

}
