package org.ironriver.analyst;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of analysts' own Cypher ({@code POST /api/cypher}, the {@code cypher} command)
 * and of library queries.
 *
 * @param timeout how long one query may run before the database ends its transaction
 * @param maxRows how many rows an answer holds at most; a longer result is cut and marked
 * truncated
 * @param allowedProcedures the only procedures a query may call: read-only schema
 * introspection and the full-text search. Everything else (dbms.*, db.create*, tx.*,
 * db.stats.*, any plugin) is refused.
 * @param allowedFunctions user-defined (non built-in) functions a query may call; none by
 * default, so a plugin installed later cannot open a way to files or URLs without someone
 * listing it here
 * @param maxQueryLength the longest query text accepted, in characters; the library's
 * longest is under 3,000
 * @param maxNesting how deep brackets ( [ { may nest, outside strings and comments; the
 * parser slows down past it
 * @param maxParameterSize how large the parameters may be in all (characters of text, 8 a
 * number or element)
 * @param maxParameterDepth how deep lists and maps may nest in the parameters
 * @param maxRegexLength the longest regular expression on the right of {@code =~}
 * @param maxRange how many elements a {@code range()} with literal or parameter bounds
 * may hold
 * @param maxConcurrent how many analyst queries (ad-hoc and library) hold a database
 * connection at once; the rest of the application keeps the other connections of the pool
 * @param queueWait how long a query waits for one of those slots before the answer is 503
 * with Retry-After
 */
@ConfigurationProperties("ironriver.cypher")
public record CypherProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxRows,
		@DefaultValue( {
				"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
				"db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes",
				"db.index.fulltext.queryRelationships" }) List<String> allowedProcedures,
		@DefaultValue({}) List<String> allowedFunctions, @DefaultValue("10000") int maxQueryLength,
		@DefaultValue("64") int maxNesting, @DefaultValue("1000000") long maxParameterSize,
		@DefaultValue("32") int maxParameterDepth, @DefaultValue("1000") int maxRegexLength,
		@DefaultValue("10000") long maxRange, @DefaultValue("4") int maxConcurrent,
		@DefaultValue("500ms") Duration queueWait){

	public CypherProperties {
		if (timeout.isZero() || timeout.isNegative()) {
			throw new IllegalArgumentException("ironriver.cypher.timeout must be positive");
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("ironriver.cypher.max-rows must be at least 1");
		}
		if (maxQueryLength < 1 || maxNesting < 1 || maxParameterSize < 1 || maxParameterDepth < 1 || maxRegexLength < 1
				|| maxRange < 1) {
			throw new IllegalArgumentException("the ironriver.cypher.max-* limits must be at least 1");
		}
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("ironriver.cypher.max-concurrent must be at least 1");
		}
		if (queueWait.isNegative()) {
			throw new IllegalArgumentException("ironriver.cypher.queue-wait must not be negative");
		}
		allowedProcedures = List.copyOf(allowedProcedures);
		allowedFunctions = List.copyOf(allowedFunctions);
	}

	/**
	 * The given limits with the defaults of everything else (tests, and the checks of the
	 * bounds themselves).
	 */
	static CypherProperties of(Duration timeout, int maxRows, List<String> allowedProcedures,
			List<String> allowedFunctions) {
		return new CypherProperties(timeout, maxRows, allowedProcedures, allowedFunctions, 10_000, 64, 1_000_000, 32,
				1_000, 10_000, 4, Duration.ofMillis(500));
	}
}
