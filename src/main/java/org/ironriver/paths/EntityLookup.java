package org.ironriver.paths;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ironriver.queries.QueryLibrary;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Checks the ids a request names before a query runs, so an unknown id is a 404 (not an
 * empty answer) and an id of the wrong kind is a 400.
 */
public final class EntityLookup {

	private EntityLookup() {
	}

	/** Labels of each id; every id must exist. */
	public static Map<String, Set<String>> require(TransactionContext tx, QueryLibrary library, List<String> ids) {
		var found = new LinkedHashMap<String, Set<String>>();
		tx.run(library.get("entities-by-id").cypher(), Map.of("ids", ids))
			.forEachRemaining(
					r -> found.put(r.get("id").asString(), Set.copyOf(r.get("labels").asList(Value::asString))));
		for (var id : ids) {
			if (!found.containsKey(id)) {
				throw new NotFoundException("no entity with id '" + id + "'");
			}
		}
		return found;
	}

	/** The id must exist and carry {@code label}. */
	public static void requireLabel(Map<String, Set<String>> found, String id, String label, String parameter) {
		if (!found.get(id).contains(label)) {
			throw new BadRequestException(parameter + " '" + id + "' is not a " + label);
		}
	}

	/** A required request parameter that is missing or blank is a bad request. */
	public static String requireText(String value, String parameter) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("parameter '" + parameter + "' is required");
		}
		return value.strip();
	}

}
