package org.ironriver.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;

import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.ironriver.model.NodeType;
import org.neo4j.driver.types.Node;

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
		nodes(tx, library, ids).forEach((id, node) -> {
			var labels = new LinkedHashSet<String>();
			node.labels().forEach(labels::add);
			found.put(id, Set.copyOf(labels));
		});
		return found;
	}

	/** The node of this id (a required parameter); unknown: 404. */
	public static Node requireNode(TransactionContext tx, QueryLibrary library, String id) {
		var key = requireText(id, "id");
		return nodes(tx, library, List.of(key)).get(key);
	}

	/**
	 * The cluster an id resolves to, by the one rule ({@code cluster-members.cypher}):
	 * the canonical entity and every member's id (just the id itself when it is in no
	 * cluster). Unknown id: 404.
	 */
	public static Cluster requireCluster(TransactionContext tx, QueryLibrary library, String id) {
		var key = requireText(id, "id");
		var rows = tx.run(library.get("cluster-members").cypher(), Map.of("id", key)).list();
		if (rows.isEmpty()) {
			throw new NotFoundException("no entity with id '" + key + "'");
		}
		var row = rows.get(0);
		return new Cluster(row.get("entity").asNode(), row.get("members").asList(Value::asString));
	}

	/**
	 * What an id answers as: the cluster's canonical entity and the ids of its members
	 * (the entity's own among them).
	 */
	public record Cluster(Node entity, List<String> members) {

		public String id() {
			return entity.get("id").asString();
		}

	}

	/** The node of this id, which must carry {@code type}'s label (400 otherwise). */
	public static Node requireNode(TransactionContext tx, QueryLibrary library, String id, NodeType type) {
		var node = requireNode(tx, library, id);
		if (!node.hasLabel(type.label())) {
			throw new BadRequestException("id '" + id + "' is not a " + type.label());
		}
		return node;
	}

	/**
	 * The one entity lookup: the nodes of these ids, keyed by id; every id must exist.
	 */
	private static Map<String, Node> nodes(TransactionContext tx, QueryLibrary library, List<String> ids) {
		var found = new LinkedHashMap<String, Node>();
		tx.run(library.get("entities-by-id").cypher(), Map.of("ids", ids))
			.forEachRemaining(r -> found.put(r.get("id").asString(), r.get("n").asNode()));
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
