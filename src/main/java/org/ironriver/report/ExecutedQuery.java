package org.ironriver.report;

import java.util.Map;

/**
 * What produced an answer, so another analyst can run it again: the library query's name, the exact Cypher text
 * that ran (with its hop bound filled in) and its parameters.
 */
public record ExecutedQuery(String name, String cypher, Map<String, Object> parameters) {
}
