package org.ironriver.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.browser.PackStream.Structure;
import org.ironriver.analyst.CypherProperties;
import org.ironriver.analyst.PlanInspector;
import org.ironriver.analyst.QueryBounds;
import org.ironriver.database.Neo4jSessions;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Decides whether a query from a read-only Browser connection may run: the analyst
 * guard's rule (the database's own plan of the query, {@link PlanInspector}) with what
 * Browser itself needs to show the database — the listings ({@code SHOW DATABASES},
 * {@code SHOW PROCEDURES}…), which on the {@code system} database are all that may run,
 * and the introspection procedures Browser calls when it connects.
 */
@Component
class BrowserQueryGuard {

	/** Called by Neo4j Browser on connect and for its sidebar; each only reads. */
	static final List<String> BROWSER_PROCEDURES = List.of("dbms.components", "dbms.clientConfig",
			"dbms.showCurrentUser", "dbms.procedures", "dbms.functions", "db.info", "db.ping");

	private static final String SYSTEM = "system";

	/**
	 * What may run on {@code system}: its listings. Every command there plans as one
	 * opaque "AdministrationCommand", so the plan cannot tell them apart; the text can,
	 * once comments are gone, and read access mode stops any command that would change
	 * something even if one got by.
	 */
	private static final Pattern SYSTEM_LISTING = Pattern.compile(
			"SHOW\\s+((DEFAULT|HOME)\\s+)?DATABASES?\\b.*|SHOW\\s+CURRENT\\s+USER\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern TERMINATE = Pattern.compile("\\bTERMINATE\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	/**
	 * A refusal as Bolt reports it: the first code is what drivers before Bolt 5.7 read,
	 * the rest is GQL's.
	 */
	record Refusal(String code, String message) {

		Map<String, Object> asFailure() {
			var failure = new LinkedHashMap<String, Object>();
			failure.put("code", code);
			failure.put("message", message);
			failure.put("neo4j_code", code);
			failure.put("gql_status", "42NFF");
			failure.put("description", "error: syntax error or access rule violation - permission/access denied");
			return failure;
		}
	}

	private final Neo4jSessions sessions;

	private final PlanInspector inspector;

	private final QueryBounds bounds;

	private final java.time.Duration timeout;

	private volatile Set<String> userFunctions;

	BrowserQueryGuard(Neo4jSessions sessions, CypherProperties limits) {
		this.sessions = sessions;
		var procedures = new LinkedHashSet<>(limits.allowedProcedures());
		procedures.addAll(BROWSER_PROCEDURES);
		this.inspector = new PlanInspector(procedures, limits.allowedFunctions(), true);
		this.timeout = limits.timeout();
		this.bounds = new QueryBounds(limits);
	}

	/** Why the query must not run on this read-only connection, or empty when it may. */
	Optional<Refusal> refusal(String query, Map<String, Object> parameters, String database) {
		// First what the parser would choke on (a few thousand nested brackets hold a
		// connection for minutes).
		var tooLarge = bounds.refusal(query, driverValues(parameters));
		if (tooLarge.isPresent()) {
			return tooLarge.map(BrowserQueryGuard::forbidden);
		}
		if (SYSTEM.equals(database)) {
			var text = COMMENTS.matcher(query).replaceAll(" ").strip();
			if (!SYSTEM_LISTING.matcher(text).matches() || TERMINATE.matcher(text).find()) {
				return Optional.of(forbidden(
						"on the system database only the listings SHOW DATABASES and SHOW CURRENT USER run here"));
			}
			return Optional.empty();
		}
		var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		if (database != null) {
			config.withDatabase(database);
		}
		else {
			sessions.config(AccessMode.READ).database().ifPresent(config::withDatabase);
		}
		try (var session = sessions.driver().session(config.build())) {
			var plan = session.executeRead(tx -> tx.run("EXPLAIN " + query, driverValues(parameters)).consume(),
					TransactionConfig.builder().withTimeout(timeout).build());
			return inspector.refusal(query, plan, plan.database().name(), userFunctions())
				.map(BrowserQueryGuard::forbidden);
		}
		catch (Neo4jException ex) {
			// The query would fail in the database too (syntax, unknown database...): say
			// so as the database does.
			return Optional.of(new Refusal(ex.code(), ex.getMessage()));
		}
	}

	private static Refusal forbidden(String reason) {
		return new Refusal("Neo.ClientError.Security.Forbidden",
				"ironriver: this Browser connection can only read (" + reason + ")");
	}

	private Set<String> userFunctions() {
		var known = userFunctions;
		if (known == null) {
			known = Set.copyOf(
					sessions.read(tx -> tx.run("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name")
						.list(r -> r.get("name").asString())));
			userFunctions = known;
		}
		return known;
	}

	/**
	 * Parameters as the driver takes them. Values that arrive as PackStream structures
	 * (temporal and spatial values) do not change a plan's operators and are planned as
	 * null.
	 */
	static Map<String, Object> driverValues(Map<String, Object> parameters) {
		var values = new LinkedHashMap<String, Object>();
		parameters.forEach((k, v) -> values.put(k, driverValue(v)));
		return values;
	}

	private static Object driverValue(Object value) {
		if (value instanceof Structure) {
			return null;
		}
		if (value instanceof List<?> list) {
			var converted = new ArrayList<>(list.size());
			list.forEach(v -> converted.add(driverValue(v)));
			return converted;
		}
		if (value instanceof Map<?, ?> map) {
			var converted = new LinkedHashMap<String, Object>();
			map.forEach((k, v) -> converted.put(String.valueOf(k), driverValue(v)));
			return converted;
		}
		return value;
	}

}
