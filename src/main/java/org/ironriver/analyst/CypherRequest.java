package org.ironriver.analyst;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An analyst's read query.
 *
 * @param query one Cypher statement that only reads
 * @param parameters values for its {@code $parameters}
 * @param maxRows optional lower row cap than the server's
 */
record CypherRequest(@Schema(
		example = "MATCH (d:Dealer)-[:DEFENDANT_IN]->(s:Lawsuit) RETURN d.name AS dealer, s.id AS suit ORDER BY dealer") String query,
		@Schema(example = "{}") Map<String, Object> parameters, Integer maxRows) {
}
