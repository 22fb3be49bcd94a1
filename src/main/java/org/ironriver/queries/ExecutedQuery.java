package org.ironriver.queries;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What produced an answer, so another analyst can run it again: the library query's name,
 * the exact Cypher text that ran (with its hop bound filled in) and its parameters. Null
 * parameters are kept in the JSON (the API otherwise leaves nulls out): the query needs
 * every parameter to run.
 */
public record ExecutedQuery(String name, String cypher, @JsonInclude(value = JsonInclude.Include.ALWAYS,
		content = JsonInclude.Include.ALWAYS) Map<String, Object> parameters) {
}
