package org.ironriver.database;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The one way the application writes to the graph in bulk (every import format, the
 * curated load, the audit trail): the database in this JVM directly when it runs here,
 * which skips Bolt's serialisation of every statement (measured ~35% more FFL rows/s, see
 * docs/import.md), or over the driver otherwise (any server, or a running ironriver
 * reached at {@code NEO4J_URI}). The Cypher is the same on both; only its transport
 * differs, and callers see the same plain Java values either way.
 *
 * <p>
 * {@link #read} opens a read transaction on both: over Bolt a cluster routes it to a
 * reader, embedded it runs with read-only access, so a write in it fails.
 */
public interface GraphTransport {

	/**
	 * The outcome of one statement: its rows (plain Java values: lists, maps, strings,
	 * numbers, {@code java.time} values) and the counters the importers report from.
	 */
	record Outcome(List<Map<String, Object>> rows, long nodesCreated, long relationshipsCreated) {

		/** The value of {@code column} in the one row a statement returned. */
		public Object single(String column) {
			if (rows.size() != 1) {
				throw new IllegalStateException("expected one row, got " + rows.size());
			}
			return rows.get(0).get(column);
		}

	}

	/** Statements inside one transaction. */
	interface Statements {

		Outcome run(String cypher, Map<String, Object> parameters);

		default Outcome run(String cypher) {
			return run(cypher, Map.of());
		}

	}

	/**
	 * Runs the work in one write transaction, retried on transient failures (deadlocks,
	 * leader switches): the work may run more than once, so it only writes through
	 * {@code tx}.
	 */
	<T> T write(Function<Statements, T> work);

	/** Runs the work in one read transaction, where writes fail. */
	<T> T read(Function<Statements, T> work);

	/**
	 * One auto-commit statement, for {@code CALL … IN TRANSACTIONS} (the import
	 * benchmark's baseline).
	 */
	Outcome autoCommit(String cypher, Map<String, Object> parameters);

	/** "embedded" or "bolt", for messages and benchmarks. */
	String describe();

	static GraphTransport bolt(Driver driver, SessionConfig writeConfig, SessionConfig readConfig) {
		return new Bolt(driver, writeConfig, readConfig);
	}

	static GraphTransport embedded(GraphDatabaseService database) {
		return new Embedded(database);
	}

	/**
	 * Whether a write failed on a uniqueness or existence constraint, as either transport
	 * reports it: the caller may write the same rows again another way.
	 */
	static boolean isConstraintViolation(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.graphdb.ConstraintViolationException
					|| cause instanceof QueryExecutionException query
							&& String.valueOf(query.getStatusCode()).contains("ConstraintValidationFailed")
					|| cause instanceof org.neo4j.driver.exceptions.ClientException client && client.code() != null
							&& client.code().contains("ConstraintValidationFailed")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the database refused a statement for what it holds (a value it cannot
	 * store, a constraint it breaks, bad syntax): the same statement fails the same way
	 * however often it is tried, unlike a database that is away or a transaction that
	 * lost a race.
	 */
	static boolean isRefusedStatement(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			String code = cause instanceof QueryExecutionException query ? query.getStatusCode()
					: cause instanceof org.neo4j.driver.exceptions.ClientException client ? client.code() : null;
			if (code != null
					&& (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Schema."))) {
				return true;
			}
			if (cause instanceof org.neo4j.graphdb.ConstraintViolationException) {
				return true;
			}
		}
		return false;
	}

	/** Session settings of the default database (the benchmark's own stores). */
	static SessionConfig config(AccessMode mode) {
		return SessionConfig.builder().withDefaultAccessMode(mode).build();
	}

	/** Over the driver: managed transactions, which the driver retries. */
	final class Bolt implements GraphTransport {

		private final Driver driver;

		private final SessionConfig writeConfig;

		private final SessionConfig readConfig;

		Bolt(Driver driver, SessionConfig writeConfig, SessionConfig readConfig) {
			this.driver = driver;
			this.writeConfig = writeConfig;
			this.readConfig = readConfig;
		}

		@Override
		public <T> T write(Function<Statements, T> work) {
			try (var session = driver.session(writeConfig)) {
				return session
					.executeWrite(tx -> work.apply((cypher, parameters) -> outcome(tx.run(cypher, parameters))));
			}
		}

		@Override
		public <T> T read(Function<Statements, T> work) {
			try (var session = driver.session(readConfig)) {
				return session
					.executeRead(tx -> work.apply((cypher, parameters) -> outcome(tx.run(cypher, parameters))));
			}
		}

		@Override
		public Outcome autoCommit(String cypher, Map<String, Object> parameters) {
			try (var session = driver.session(writeConfig)) {
				return outcome(session.run(cypher, parameters));
			}
		}

		private static Outcome outcome(org.neo4j.driver.Result result) {
			var rows = result.list(r -> r.asMap());
			var counters = result.consume().counters();
			return new Outcome(rows, counters.nodesCreated(), counters.relationshipsCreated());
		}

		@Override
		public String describe() {
			return "bolt";
		}

	}

	/** In this JVM: the embedded database's own transactions, retried here. */
	final class Embedded implements GraphTransport {

		private static final int ATTEMPTS = 10;

		private final GraphDatabaseService database;

		Embedded(GraphDatabaseService database) {
			this.database = database;
		}

		@Override
		public <T> T write(Function<Statements, T> work) {
			return inTransaction(database::beginTx, work);
		}

		/**
		 * The embedded API's {@code beginTx()} is always read-write; a transaction with
		 * read-only access is what Bolt opens for a read session on this same database.
		 */
		@Override
		public <T> T read(Function<Statements, T> work) {
			var api = (GraphDatabaseAPI) database;
			var readOnly = SecurityContext.authDisabled(org.neo4j.internal.kernel.api.security.AccessMode.Static.READ,
					ClientConnectionInfo.EMBEDDED_CONNECTION, api.databaseName());
			return inTransaction(() -> api.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly), work);
		}

		private <T> T inTransaction(java.util.function.Supplier<Transaction> begin, Function<Statements, T> work) {
			for (int attempt = 1;; attempt++) {
				try (var tx = begin.get()) {
					T value = work.apply((cypher, parameters) -> {
						try (var result = tx.execute(cypher, parameters)) {
							return outcome(result);
						}
					});
					tx.commit();
					return value;
				}
				catch (RuntimeException ex) {
					if (!isTransient(ex) || attempt == ATTEMPTS) {
						throw ex;
					}
					sleep(attempt);
				}
			}
		}

		@Override
		public Outcome autoCommit(String cypher, Map<String, Object> parameters) {
			return database.executeTransactionally(cypher, parameters, Embedded::outcome);
		}

		private static Outcome outcome(Result result) {
			var rows = new ArrayList<Map<String, Object>>();
			var columns = result.columns();
			while (result.hasNext()) {
				var row = result.next();
				var map = new HashMap<String, Object>();
				for (var column : columns) {
					map.put(column, plain(row.get(column)));
				}
				rows.add(map);
			}
			var stats = result.getQueryStatistics();
			return new Outcome(rows, stats.getNodesCreated(), stats.getRelationshipsCreated());
		}

		/**
		 * What the driver would have retried: a deadlock or another transient error,
		 * thrown by the kernel or reported by Cypher with its status code.
		 */
		private static boolean isTransient(Throwable ex) {
			for (var cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof TransientFailureException || cause instanceof QueryExecutionException query
						&& String.valueOf(query.getStatusCode()).startsWith("Neo.TransientError")) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Embedded Cypher returns list properties as arrays; the driver as lists. Callers
		 * see lists either way, inside maps too ({@code properties(n)}).
		 */
		static Object plain(Object value) {
			if (value != null && value.getClass().isArray()) {
				var list = new ArrayList<Object>();
				for (int i = 0; i < Array.getLength(value); i++) {
					list.add(plain(Array.get(value, i)));
				}
				return list;
			}
			if (value instanceof List<?> list) {
				var plain = new ArrayList<Object>(list.size());
				list.forEach(v -> plain.add(plain(v)));
				return plain;
			}
			if (value instanceof Map<?, ?> map) {
				var plain = new LinkedHashMap<String, Object>();
				map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
				return plain;
			}
			return value;
		}

		private static void sleep(int attempt) {
			try {
				Thread.sleep(20L * attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while retrying a transaction", ex);
			}
		}

		@Override
		public String describe() {
			return "embedded";
		}

	}

}
