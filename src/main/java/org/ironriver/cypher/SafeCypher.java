package org.ironriver.cypher;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.web.BadRequestException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Runs Cypher that someone else wrote (an analyst's own query, a library query) so that it can only read the graph.
 *
 * <p>Two guards, both required: first the database plans the query ({@code EXPLAIN}, which never executes it) and
 * {@link PlanInspector} refuses anything but a read of this database's graph: writes, schema and admin commands,
 * {@code LOAD CSV}, {@code CALL ... IN TRANSACTIONS}, other databases, procedures and plugin functions outside the
 * allow-lists. Then it runs in a read session and read transaction with a timeout, where the database itself
 * refuses any write. Rows stream until the row cap plus one, which tells whether the answer was truncated.
 */
@Service
public class SafeCypher {

	private static final String END_NODES = """
			MATCH (a)-[r]->(b) WHERE elementId(r) IN $ids
			RETURN elementId(r) AS r, elementId(a) AS a, a.id AS aId, elementId(b) AS b, b.id AS bId""";

	private final Neo4jSessions sessions;

	private final CypherProperties properties;

	private final PlanInspector inspector;

	/** Learned from the database on first use: the name of the database queries run on, and its plugin functions. */
	private volatile Target target;

	private record Target(String database, Set<String> userFunctions) {
	}

	SafeCypher(Neo4jSessions sessions, CypherProperties properties) {
		this.sessions = sessions;
		this.properties = properties;
		this.inspector = new PlanInspector(properties.allowedProcedures(), properties.allowedFunctions());
	}

	public CypherProperties limits() {
		return properties;
	}

	/** Runs a read query with the configured row cap. */
	public CypherResult read(String query, Map<String, ?> parameters) {
		return read(query, parameters, properties.maxRows());
	}

	/**
	 * Runs a read query returning at most {@code maxRows} rows (never more than the configured cap).
	 *
	 * @throws RefusedQueryException when the query could change anything, reach outside the graph, does not parse
	 * or fails in the database, with the reason
	 */
	public CypherResult read(String query, Map<String, ?> parameters, int maxRows) {
		if (query == null || query.isBlank()) {
			throw new RefusedQueryException("the query is empty");
		}
		if (maxRows < 1 || maxRows > properties.maxRows()) {
			throw new BadRequestException("maxRows must be between 1 and " + properties.maxRows());
		}
		var params = normalizeParameters(parameters);
		var config = TransactionConfig.builder()
			.withTimeout(properties.timeout())
			.withMetadata(Map.of("app", "ironriver-analyst"))
			.build();
		try (var session = sessions.driver().session(sessions.config(AccessMode.READ))) {
			var target = target();
			var plan = session.executeRead(tx -> tx.run("EXPLAIN " + query, params).consume(), config);
			inspector.refusal(plan, target.database(), target.userFunctions()).ifPresent(reason -> {
				throw new RefusedQueryException("refused: " + reason);
			});
			return session.executeRead(tx -> stream(tx, query, params, maxRows), config);
		}
		catch (ClientException ex) {
			throw new RefusedQueryException(clientMessage(ex));
		}
	}

	private CypherResult stream(TransactionContext tx, String query, Map<String, Object> params, int maxRows) {
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
		// Discards what is left without fetching it, so a cut-off answer costs no more than its rows.
		result.consume();
		var businessIds = new HashMap<String, String>();
		var relationships = new LinkedHashMap<String, Relationship>();
		records.forEach(r -> r.values().forEach(v -> ResultValues.collect(v, businessIds, relationships)));
		var missing = relationships.values()
			.stream()
			.filter(r -> !businessIds.containsKey(r.startNodeElementId()) || !businessIds.containsKey(r.endNodeElementId()))
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

	private String clientMessage(ClientException ex) {
		var code = ex.code() == null ? "" : ex.code();
		if (code.contains("TransactionTimedOut")) {
			return "the query did not finish within " + properties.timeout().toSeconds()
					+ " s, the limit for analyst queries; make it more selective or add LIMIT";
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

	/** JSON numbers arrive as whatever Jackson picked; the driver takes longs and doubles. */
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
