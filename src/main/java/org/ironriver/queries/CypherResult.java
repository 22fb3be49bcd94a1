package org.ironriver.queries;

import java.util.List;
import java.util.Map;

/**
 * The answer to a read query: plain values only (nodes, relationships and paths as maps
 * keyed by business id, never the database's element ids).
 *
 * @param columns the result columns in query order
 * @param rows each row keyed by column
 * @param rowCount rows returned here
 * @param truncated whether the query had more rows than {@code maxRows}
 * @param maxRows the row cap that applied
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, int rowCount, boolean truncated,
		int maxRows) {
}
