package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import org.ironriver.queries.UnknownQueryException;

import org.ironriver.queries.LibraryQuery;

import org.ironriver.queries.QueryLibrary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.ironriver.problems.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Runs a library query by name with the caller's parameters over the defaults, through
 * the same guarded read path as analysts' own Cypher (plan check, read transaction,
 * timeout, row cap), so a library file can never write.
 */
@Service
public class QueryRunner {

	private final QueryLibrary library;

	private final SafeCypher safeCypher;

	QueryRunner(QueryLibrary library, SafeCypher safeCypher) {
		this.library = library;
		this.safeCypher = safeCypher;
	}

	public QueryLibrary library() {
		return library;
	}

	/**
	 * @throws UnknownQueryException for a name not in the library
	 * @throws BadRequestException for a parameter the query does not declare
	 */
	public CypherResult run(String name, Map<String, ?> parameters) {
		return run(library.forAnalysts(name), parameters);
	}

	/**
	 * Any library query, internal ones included (the library's own checks run them all).
	 */
	public CypherResult run(LibraryQuery query, Map<String, ?> parameters) {
		return safeCypher.read(query.cypher(), parameters(query, parameters));
	}

	public CypherResult run(String name, Map<String, ?> parameters, int maxRows) {
		var query = library.forAnalysts(name);
		return safeCypher.read(query.cypher(), parameters(query, parameters), maxRows);
	}

	/**
	 * The defaults overlaid with the given values; unknown names are refused rather than
	 * silently ignored.
	 */
	static Map<String, Object> parameters(LibraryQuery query, Map<String, ?> given) {
		var merged = new LinkedHashMap<String, Object>(query.defaults());
		if (given != null) {
			for (var entry : given.entrySet()) {
				if (!query.defaults().containsKey(entry.getKey())) {
					throw new BadRequestException("query '" + query.name() + "' has no parameter '" + entry.getKey()
							+ "'" + (query.defaults().isEmpty() ? "; it takes none" : "; its parameters are "
									+ String.join(", ", new TreeSet<>(query.defaults().keySet()))));
				}
				merged.put(entry.getKey(), entry.getValue());
			}
		}
		return merged;
	}

}
