package org.ironriver.analyst;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from the database's own plan of a query ({@code EXPLAIN}) whether it may run on
 * the analyst path. The plan is the parsed, normalized query: comments, unicode escapes,
 * letter case, backtick-quoted procedure names and nested subqueries are already resolved
 * into the operators that would run, so no spelling trick changes what is seen here. Read
 * transactions (the second guard) stop writes; they do not stop {@code LOAD CSV}, admin
 * commands such as {@code TERMINATE TRANSACTIONS} or procedures that act outside the
 * graph, which is why both are needed.
 */
public final class PlanInspector {

	/** Operators that write nodes, relationships, labels or properties. */
	private static final Pattern WRITE = Pattern
		.compile("(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|ForeachApply)([A-Z].*)?");

	private static final Pattern SCHEMA = Pattern
		.compile("(Create|Drop|Alter|DoNothingIfExists)\\w*(Index|Constraint)\\w*");

	/** Clauses that write, as keywords in the text. */
	private static final Set<String> UPDATE_CLAUSES = Set.of("CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH",
			"NODETACH", "FOREACH");

	/**
	 * The top of a query or subquery that ends without RETURN, which only a write may do:
	 * what is left of a write the planner dropped.
	 */
	private static final Set<String> NO_RETURN = Set.of("EmptyResult", "SubqueryForeach");

	private static final Pattern IN_TRANSACTIONS = Pattern.compile("Transaction(Foreach|Apply)\\w*");

	/**
	 * Commands that show or change the database management system rather than read the
	 * graph.
	 */
	private static final Pattern ADMIN = Pattern
		.compile("(Show|Terminate|Administration|System|Alter|Drop|Enable|Start|Stop)\\w*");

	/**
	 * The read-only listings a database client such as Neo4j Browser runs to show what is
	 * there: databases, procedures, functions, indexes, constraints, the current user.
	 */
	private static final Pattern LISTINGS = Pattern
		.compile("Show(Databases?|Procedures|Functions|Indexes|Constraints|CurrentUser)\\w*");

	private final Set<String> allowedProcedures;

	private final String allowedProceduresList;

	private final Set<String> allowedFunctions;

	private final boolean listingsAllowed;

	PlanInspector(Collection<String> allowedProcedures, Collection<String> allowedFunctions) {
		this(allowedProcedures, allowedFunctions, false);
	}

	/**
	 * @param listingsAllowed whether the read-only listings ({@code SHOW DATABASES},
	 * {@code SHOW PROCEDURES}…) pass; every other administration command is refused
	 * either way
	 */
	public PlanInspector(Collection<String> allowedProcedures, Collection<String> allowedFunctions,
			boolean listingsAllowed) {
		this.listingsAllowed = listingsAllowed;
		this.allowedProcedures = lowerCase(allowedProcedures);
		this.allowedProceduresList = String.join(", ", new TreeSet<>(allowedProcedures));
		this.allowedFunctions = lowerCase(allowedFunctions);
	}

	/**
	 * Why the planned query must not run, or empty when it is a read of the graph of
	 * {@code database}.
	 * @param query the text that was planned
	 * @param userFunctions the names of the database's non built-in functions (plugins)
	 */
	public Optional<String> refusal(String query, ResultSummary summary, String database,
			Collection<String> userFunctions) {
		if (summary.database() != null && summary.database().name() != null
				&& !summary.database().name().equals(database)) {
			return Optional.of("the query targets database '" + summary.database().name() + "'; only '" + database
					+ "' can be queried here");
		}
		if (!summary.hasPlan()) {
			return Optional.of("the database returned no plan for the query, so it cannot be shown to be read-only");
		}
		var forbiddenFunctions = new TreeSet<String>();
		for (var name : userFunctions) {
			if (!allowedFunctions.contains(name.toLowerCase(Locale.ROOT))) {
				forbiddenFunctions.add(name.toLowerCase(Locale.ROOT));
			}
		}
		var pending = new ArrayDeque<Plan>();
		pending.push(summary.plan());
		String noReturn = null;
		while (!pending.isEmpty()) {
			var plan = pending.pop();
			var operator = plan.operatorType().replaceFirst("@.*", "");
			if (NO_RETURN.contains(operator)) {
				noReturn = operator;
			}
			var refusal = refusal(plan, database, forbiddenFunctions);
			if (refusal.isPresent()) {
				return refusal;
			}
			plan.children().forEach(pending::push);
		}
		// Neo4j classifies calls of DBMS-mode procedures (dbms.components, which Browser
		// runs on connect) as
		// SCHEMA_WRITE although they write nothing; where listings are allowed, the plan
		// check above has already
		// refused every schema operator, and the connection's read access mode refuses
		// any real write.
		if (summary.queryType() != QueryType.READ_ONLY
				&& !(listingsAllowed && summary.queryType() == QueryType.SCHEMA_WRITE)) {
			return Optional.of("the database classifies the query as " + summary.queryType()
					+ "; only read-only queries run here");
		}
		// Only now: a write the planner kept is named by its own operator above.
		if (noReturn != null) {
			return Optional.of("the query writes to the graph (" + noReturn + ": it ends without RETURN, as only a "
					+ "write may, and the planner dropped the write because it can never run); only reads are allowed "
					+ "here");
		}
		return droppedWrite(query);
	}

	/**
	 * A write the planner dropped because it can never run ({@code WHERE false SET ...},
	 * {@code LIMIT 0}, a subquery that returns nothing): the plan then shows no write
	 * operator and the database calls the query read-only, yet the query is a write, and
	 * the read transaction would refuse it only when it runs. The text still shows the
	 * clause, as a keyword that starts one (not a name: not after {@code .}, {@code :} or
	 * {@code AS}, not quoted).
	 */
	private static Optional<String> droppedWrite(String query) {
		var tokens = CypherLexer.tokens(query);
		for (int i = 0; i < tokens.size(); i++) {
			var token = tokens.get(i);
			if (token.kind() != CypherLexer.Kind.WORD
					|| !UPDATE_CLAUSES.contains(token.text().toUpperCase(Locale.ROOT))) {
				continue;
			}
			var previous = i > 0 ? tokens.get(i - 1) : null;
			var next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
			boolean name = previous != null
					&& (previous.is(".") || previous.is(":") || previous.is("$")
							|| previous.kind() == CypherLexer.Kind.WORD && previous.text().equalsIgnoreCase("as"))
					|| next == null || next.is(".") || next.is(":") || next.is(",") || next.is(")") || next.is("]")
					|| next.is("}") || next.is("=") || next.is("+") || next.is("|");
			if (!name) {
				return Optional.of("the query writes to the graph (" + token.text().toUpperCase(Locale.ROOT)
						+ ", which the planner dropped because it can never run); only reads are allowed here");
			}
		}
		return Optional.empty();
	}

	private Optional<String> refusal(Plan plan, String database, Set<String> forbiddenFunctions) {
		// Operator types read "Name@database" in Neo4j 5; the suffix says where the
		// operator runs.
		var operatorType = plan.operatorType();
		var at = operatorType.indexOf('@');
		var operator = at < 0 ? operatorType : operatorType.substring(0, at);
		if (at >= 0 && !operatorType.substring(at + 1).equals(database)) {
			return Optional.of("the query runs " + operator + " on database '" + operatorType.substring(at + 1)
					+ "'; only '" + database + "' can be queried here");
		}
		var details = details(plan);
		if (operator.equals("LoadCSV")) {
			return Optional.of("LOAD CSV reads files and URLs and is not allowed here");
		}
		if (IN_TRANSACTIONS.matcher(operator).matches()) {
			return Optional.of("CALL { ... } IN TRANSACTIONS is not allowed here (" + operator + ")");
		}
		if (SCHEMA.matcher(operator).matches()) {
			return Optional.of("schema commands are not allowed here (" + operator + ")");
		}
		if (WRITE.matcher(operator).matches()) {
			return Optional.of("the query writes to the graph (" + operator + "); only reads are allowed here");
		}
		if (listingsAllowed && LISTINGS.matcher(operator).matches()) {
			return Optional.empty();
		}
		if (ADMIN.matcher(operator).matches()) {
			return Optional.of("administration commands are not allowed here (" + operator + ")");
		}
		if (operator.endsWith("ProcedureCall")) {
			var paren = details.indexOf('(');
			var procedure = (paren < 0 ? details : details.substring(0, paren)).replace("`", "").strip();
			if (procedure.isEmpty() || !allowedProcedures.contains(procedure.toLowerCase(Locale.ROOT))) {
				return Optional.of("procedure " + (procedure.isEmpty() ? "(unnamed)" : procedure)
						+ " is not allowed here; allowed: " + allowedProceduresList);
			}
		}
		var lowerDetails = details.toLowerCase(Locale.ROOT).replace("`", "");
		for (var function : forbiddenFunctions) {
			if (Pattern.compile("(?<![\\w.])" + Pattern.quote(function) + "\\s*\\(").matcher(lowerDetails).find()) {
				return Optional.of("function " + function + " is not allowed here");
			}
		}
		return Optional.empty();
	}

	private static String details(Plan plan) {
		var details = plan.arguments().get("Details");
		return details == null || details.isNull() ? "" : details.asString();
	}

	private static Set<String> lowerCase(Collection<String> names) {
		var result = new TreeSet<String>();
		names.forEach(n -> result.add(n.strip().toLowerCase(Locale.ROOT)));
		return result;
	}

}
