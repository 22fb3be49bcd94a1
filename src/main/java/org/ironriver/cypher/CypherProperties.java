package org.ironriver.cypher;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of analysts' own Cypher ({@code POST /api/cypher}, the {@code cypher} command) and of library queries.
 *
 * @param timeout how long one query may run before the database ends its transaction
 * @param maxRows how many rows an answer holds at most; a longer result is cut and marked truncated
 * @param allowedProcedures the only procedures a query may call: read-only schema introspection and the full-text
 * search. Everything else (dbms.*, db.create*, tx.*, db.stats.*, any plugin) is refused.
 * @param allowedFunctions user-defined (non built-in) functions a query may call; none by default, so a plugin
 * installed later cannot open a way to files or URLs without someone listing it here
 */
@ConfigurationProperties("ironriver.cypher")
public record CypherProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxRows,
		@DefaultValue({ "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
				"db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes",
				"db.index.fulltext.queryRelationships" }) List<String> allowedProcedures,
		@DefaultValue({}) List<String> allowedFunctions) {

	public CypherProperties {
		if (timeout.isZero() || timeout.isNegative()) {
			throw new IllegalArgumentException("ironriver.cypher.timeout must be positive");
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("ironriver.cypher.max-rows must be at least 1");
		}
		allowedProcedures = List.copyOf(allowedProcedures);
		allowedFunctions = List.copyOf(allowedFunctions);
	}
}
