package org.ironriver.analyst;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.problems.RequestBounds;
import org.ironriver.queries.CypherResult;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.types.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs Cypher that someone else wrote (an analyst's own query, a library query) so that
 * it can only read the graph.
 *
 * <p>
 * Two guards, both required: first the database plans the query ({@code EXPLAIN}, which
 * never executes it) and {@link PlanInspector} refuses anything but a read of this
 * database's graph: writes, schema and admin commands, {@code LOAD CSV},
 * {@code CALL ... IN TRANSACTIONS}, other databases, procedures and plugin functions
 * outside the allow-lists. Then it runs in a read session and read transaction with a
 * timeout, where the database itself refuses any write. Rows stream until the row cap
 * plus one, which tells whether the answer was truncated.
 */
@Service
public class SafeCypher {

	private static final String END_NODES = """
			MATCH (a)-[r]->(b) WHERE elementId(r) IN $ids
			RETURN elementId(r) AS r, elementId(a) AS a, a.id AS aId, elementId(b) AS b, b.id AS bId""";

	/**
	 * Marks analyst transactions, so that {@code SHOW TRANSACTIONS} tells them from the
	 * application's own.
	 */
	static final String APP = "ironriver-analyst";

	private static final String FIND_TRANSACTION = """
			SHOW TRANSACTIONS YIELD transactionId, metaData
			WHERE metaData.app = $app AND metaData.requestId = $requestId
			RETURN transactionId""";

	private static final Pattern MEMORY_LIMIT = Pattern.compile("limit ([0-9.]+ [KMGT]?i?B)");

	private static final Logger log = LoggerFactory.getLogger(SafeCypher.class);

	private final Neo4jSessions sessions;

	private final CypherProperties properties;

	private final PlanInspector inspector;

	private final QueryBounds bounds;

	private final QuerySlots slots;

	/**
	 * Learned from the database on first use: the name of the database queries run on,
	 * and its plugin functions.
	 */
	private volatile Target target;

	private record Target(String database, Set<String> userFunctions) {
	}

	@Autowired
	SafeCypher(Neo4jSessions sessions, CypherProperties properties,
			@Value("${spring.neo4j.pool.max-connection-pool-size:100}") int connectionPoolSize) {
		this(sessions, properties);
		if (properties.maxConcurrent() >= connectionPoolSize) {
			throw new IllegalStateException("ironriver.cypher.max-concurrent (" + properties.maxConcurrent()
					+ ") must be below the driver's connection pool size (spring.neo4j.pool.max-connection-pool-size, "
					+ connectionPoolSize + "), so analyst queries never hold every connection");
		}
	}

	SafeCypher(Neo4jSessions sessions, CypherProperties properties) {
		this.sessions = sessions;
		this.properties = properties;
		this.inspector = new PlanInspector(properties.allowedProcedures(), properties.allowedFunctions());
		this.bounds = new QueryBounds(properties);
		this.slots = new QuerySlots(properties.maxConcurrent(), properties.queueWait(), properties.timeout());
	}

	@PreDestroy
	void close() {
		slots.close();
	}

	/** Analyst query slots free now. */
	int freeSlots() {
		return slots.available();
	}

	public CypherProperties limits() {
		return properties;
	}

	/** Runs a read query with the configured row cap. */
	public CypherResult read(String query, Map<String, ?> parameters) {
		return read(query, parameters, properties.maxRows());
	}

	/**
	 * Runs a read query returning at most {@code maxRows} rows (never more than the
	 * configured cap).
	 * @throws RefusedQueryException when the query could change anything, reach outside
	 * the graph, is too large or too deeply nested to plan safely, does not parse, fails
	 * in the database, runs out of time or of memory, with the reason
	 * @throws AnalystQueriesBusyException when all analyst query slots stay taken for the
	 * configured wait
	 */
	public CypherResult read(String query, Map<String, ?> parameters, int maxRows) {
		if (query == null || query.isBlank()) {
			throw new RefusedQueryException("the query is empty");
		}
		RequestBounds.between1And(properties.maxRows(), "maxRows", maxRows);
		var params = normalizeParameters(parameters);
		bounds.refusal(query, params).ifPresent(reason -> {
			throw new RefusedQueryException("refused: " + reason);
		});
		var requestId = UUID.randomUUID().toString();
		var config = TransactionConfig.builder()
			.withTimeout(properties.timeout())
			.withMetadata(Map.of("app", APP, "requestId", requestId))
			.build();
		var running = slots.submit(() -> run(query, params, maxRows, config));
		try {
			return running.get(deadline().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// The database did not end it (one long evaluation is not interrupted by its
			// timeout): ask it to end the
			// transaction, and answer now. The slot stays taken until the database's
			// thread lets go.
			slots.terminate(() -> terminate(requestId));
			throw new RefusedQueryException(timedOut());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			slots.terminate(() -> terminate(requestId));
			throw new RefusedQueryException("the query was interrupted");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * When the answer is given at the latest: the transaction timeout plus a second for
	 * the database to end it.
	 */
	Duration deadline() {
		return properties.timeout().plusSeconds(1);
	}

	/**
	 * Plans, checks and runs the query in one explicit transaction: no managed retries (a
	 * transient memory error would otherwise run the query again), and the timeout covers
	 * planning and running alike.
	 */
	private CypherResult run(String query, Map<String, Object> params, int maxRows, TransactionConfig config) {
		var target = target();
		try (var session = sessions.driver().session(sessions.config(AccessMode.READ));
				var tx = session.beginTransaction(config)) {
			var plan = tx.run("EXPLAIN " + query, params).consume();
			inspector.refusal(query, plan, target.database(), target.userFunctions()).ifPresent(reason -> {
				throw new RefusedQueryException("refused: " + reason);
			});
			return stream(tx, query, params, maxRows);
		}
		catch (ClientException ex) {
			// A pool with no connection to give is the service being busy, not the
			// query's fault: 503, not 400.
			if (ex.getMessage() != null && ex.getMessage().contains("Unable to acquire connection from the pool")) {
				throw ex;
			}
			throw new RefusedQueryException(clientMessage(ex));
		}
		catch (TransientException ex) {
			var memory = memoryMessage(ex);
			if (memory != null) {
				throw new RefusedQueryException(memory);
			}
			if (ex.code() != null && ex.code().contains("Transaction.Terminated")) {
				throw new RefusedQueryException(timedOut());
			}
			throw ex;
		}
	}

	/** Ends the transaction of one analyst request, found by the id in its metadata. */
	private void terminate(String requestId) {
		try (var session = sessions.driver().session(sessions.config(AccessMode.READ))) {
			var ids = session.run(FIND_TRANSACTION, Map.of("app", APP, "requestId", requestId))
				.list(r -> r.get("transactionId").asString());
			if (!ids.isEmpty()) {
				session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
			}
			log.warn("Analyst query {} ran past its deadline; terminated transaction {}", requestId, ids);
		}
		catch (RuntimeException ex) {
			// The answer has been given; the database's own timeout still ends the
			// transaction when it can.
			log.warn("Analyst query {} ran past its deadline and could not be terminated: {}", requestId,
					ex.getMessage());
		}
	}

	private CypherResult stream(Transaction tx, String query, Map<String, Object> params, int maxRows) {
		var result = tx.run(query, params);
		var columns = result.keys();
		var records = new ArrayList<org.neo4j.driver.Record>();
		boolean truncated = false;
		while (result.hasNext()) {
			if (records.size() == maxRows) {
				truncated = true;
				break;
			}
			records.add(result.next());
		}
		// Discards what is left without fetching it, so a cut-off answer costs no more
		// than its rows.
		result.consume();
		var businessIds = new HashMap<String, String>();
		var relationships = new LinkedHashMap<String, Relationship>();
		records.forEach(r -> r.values().forEach(v -> ResultValues.collect(v, businessIds, relationships)));
		var missing = relationships.values()
			.stream()
			.filter(r -> !businessIds.containsKey(r.startNodeElementId())
					|| !businessIds.containsKey(r.endNodeElementId()))
			.map(Relationship::elementId)
			.toList();
		if (!missing.isEmpty()) {
			tx.run(END_NODES, Map.of("ids", missing)).forEachRemaining(r -> {
				businessIds.put(r.get("a").asString(), r.get("aId").asString(null));
				businessIds.put(r.get("b").asString(), r.get("bId").asString(null));
			});
		}
		var values = new ResultValues(businessIds);
		var rows = new ArrayList<Map<String, Object>>(records.size());
		for (var record : records) {
			var row = new LinkedHashMap<String, Object>();
			for (var column : columns) {
				row.put(column, values.convert(record.get(column)));
			}
			rows.add(row);
		}
		return new CypherResult(columns, rows, rows.size(), truncated, maxRows);
	}

	private Target target() {
		var known = target;
		if (known == null) {
			known = sessions.read(tx -> {
				var database = tx.run("EXPLAIN RETURN 1").consume().database().name();
				var functions = tx.run("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name")
					.list(r -> r.get("name").asString());
				return new Target(database, Set.copyOf(functions));
			});
			target = known;
		}
		return known;
	}

	private String timedOut() {
		return "the query did not finish within " + seconds(properties.timeout())
				+ " s, the limit for analyst queries; make it more selective or add LIMIT";
	}

	private static String seconds(Duration duration) {
		var millis = duration.toMillis();
		return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
	}

	/**
	 * The database's memory limit, in its own words ("the limit 64.0 MiB"), or null for
	 * another error.
	 */
	private static String memoryMessage(TransientException ex) {
		var code = ex.code() == null ? "" : ex.code();
		if (!code.contains("MemoryPoolOutOfMemoryError") && !code.contains("TransactionOutOfMemoryError")) {
			return null;
		}
		var message = ex.getMessage() == null ? "" : ex.getMessage();
		var limit = MEMORY_LIMIT.matcher(message);
		var amount = limit.find() ? limit.group(1) : "what the database allows";
		if (message.contains("total")) {
			return "the queries running now need more than " + amount + " of memory together, the database's limit "
					+ "for all transactions at once; retry shortly, or make the query more selective";
		}
		return "the query needs more than " + amount + " of memory, the most one query may use; make it more "
				+ "selective, aggregate earlier or add LIMIT";
	}

	private String clientMessage(ClientException ex) {
		var code = ex.code() == null ? "" : ex.code();
		if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
			return timedOut();
		}
		if (code.contains("AccessMode") || code.contains("Forbidden")) {
			return "refused: the database refused a write in a read transaction (" + firstLine(ex.getMessage()) + ")";
		}
		return "the database rejected the query: " + firstLine(ex.getMessage());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no message";
		}
		var line = message.strip().lines().findFirst().orElse("");
		return line.length() > 500 ? line.substring(0, 500) + "..." : line;
	}

	/**
	 * JSON numbers arrive as whatever Jackson picked; the driver takes longs and doubles.
	 */
	static Map<String, Object> normalizeParameters(Map<String, ?> parameters) {
		var result = new LinkedHashMap<String, Object>();
		if (parameters != null) {
			parameters.forEach((k, v) -> result.put(k, normalize(k, v)));
		}
		return result;
	}

	private static Object normalize(String name, Object value) {
		if (value instanceof BigInteger big) {
			try {
				return big.longValueExact();
			}
			catch (ArithmeticException ex) {
				throw new RefusedQueryException("parameter " + name + " is out of the 64-bit integer range");
			}
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.doubleValue();
		}
		if (value instanceof Map<?, ?> map) {
			var result = new LinkedHashMap<String, Object>();
			map.forEach((k, v) -> result.put(String.valueOf(k), normalize(name, v)));
			return result;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> normalize(name, v)).toList();
		}
		return value;
	}

}
