package org.ironriver.ingest.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.ironriver.database.GraphTransport;
import org.ironriver.ingest.RowError;
import org.ironriver.model.NodeType;

/**
 * Finds what a batch of rows names in the graph: entities by id, or by exact normalized
 * name and type (candidates from the {@code entity_search} full-text index, compared
 * exactly here), and checks every relationship against the model with the types the
 * entities actually have. The same code runs read-only while validating and again inside
 * each write transaction, so what is written is what was checked, even if the graph
 * changed in between.
 *
 * <p>
 * An id is looked up as a node id, then among the {@code externalIds} of entities an
 * earlier import matched by name to another tool's entity (the
 * {@code entity_external_ids} index). Another tool's entity
 * ({@link RowPlan.EntityRef#external()}) still not found is matched by name and type like
 * one given by name only.
 */
public final class Resolver {

	/**
	 * An entity as the batch will use it; {@code create} when this batch creates it;
	 * {@code externalId} when the row matched an existing entity by name and gives it
	 * another tool's id for it.
	 */
	public record Resolved(String id, NodeType type, boolean create, String externalId) {

		Resolved(String id, NodeType type, boolean create) {
			this(id, type, create, null);
		}
	}

	/**
	 * An entity another row of the file defines, as references to it resolve: its graph
	 * id and type.
	 */
	public record Declared(String id, NodeType type) {
	}

	/**
	 * Per row: entity key to resolved entity; and the errors, each naming its row's line.
	 */
	record Result(Map<RowPlan, Map<String, Resolved>> entities, List<RowError> errors) {
	}

	private record Existing(String id, NodeType type, String name, List<String> aliases) {

		boolean named(String normalized) {
			return Names.normalize(name).equals(normalized)
					|| aliases.stream().anyMatch(a -> Names.normalize(a).equals(normalized));
		}
	}

	private Resolver() {
	}

	static Result resolve(GraphTransport.Statements tx, String file, List<RowPlan> plans,
			Function<String, Declared> declared) {
		var ids = new LinkedHashSet<String>();
		var given = new LinkedHashSet<String>();
		for (var plan : plans) {
			for (var ref : plan.entities()) {
				if (ref.id() != null) {
					ids.add(ref.id());
					given.add(ref.id());
				}
				else {
					ids.add(Names.entityId(ref.type(), ref.name()));
				}
			}
			plan.nodes().forEach(n -> ids.add(n.id()));
		}
		var byId = new HashMap<String, Existing>();
		tx.run("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases
				""", Map.of("ids", List.copyOf(ids))).rows().forEach(r -> byId.put((String) r.get("id"), existing(r)));
		// An id no node has may be one that an entity matched by name was given by
		// another tool.
		given.removeAll(byId.keySet());
		if (!given.isEmpty()) {
			var queries = new ArrayList<Map<String, Object>>();
			given.forEach(id -> queries.add(Map.of("id", id, "query", Names.exactTermQuery(id))));
			tx.run("""
					UNWIND $refs AS ref
					CALL db.index.fulltext.queryNodes('entity_external_ids', ref.query) YIELD node
					WITH ref, node WHERE ref.id IN node.externalIds
					RETURN ref.id AS key, node.id AS id, labels(node) AS labels, node.name AS name,
					       coalesce(node.aliases, []) AS aliases
					ORDER BY node.id
					""", Map.of("refs", queries))
				.rows()
				.forEach(r -> byId.putIfAbsent((String) r.get("key"), existing(r)));
		}
		var names = new HashMap<String, RowPlan.EntityRef>();
		for (var plan : plans) {
			for (var ref : plan.entities()) {
				if (ref.id() == null || externalToMatchByName(ref, byId)) {
					names.putIfAbsent(ref.nameKey(), ref);
				}
			}
		}
		var byName = new HashMap<String, List<Existing>>();
		if (!names.isEmpty()) {
			var queries = new ArrayList<Map<String, Object>>();
			names.forEach((key, ref) -> queries.add(Map.of("key", key, "query", Names.fulltextQuery(ref.name()))));
			tx.run("""
					UNWIND $refs AS ref
					CALL db.index.fulltext.queryNodes('entity_search', ref.query, {limit: 100}) YIELD node
					RETURN ref.key AS key, node.id AS id, labels(node) AS labels, node.name AS name,
					       coalesce(node.aliases, []) AS aliases
					""", Map.of("refs", queries)).rows().forEach(r -> {
				if (r.get("id") != null) {
					byName.computeIfAbsent((String) r.get("key"), k -> new ArrayList<>()).add(existing(r));
				}
			});
		}
		var entities = new IdentityHashMap<RowPlan, Map<String, Resolved>>();
		var errors = new ArrayList<RowError>();
		var batch = new HashMap<String, Resolved>();
		var created = new HashMap<String, NodeType>();
		for (var plan : plans) {
			var resolved = new HashMap<String, Resolved>();
			var rowErrors = new ArrayList<RowError>();
			for (var ref : plan.entities()) {
				var r = ref.id() != null ? byId(file, plan, ref, byId, byName, created, declared, rowErrors)
						: byName(file, plan, ref, byId, byName, batch, rowErrors);
				if (r != null) {
					resolved.put(ref.key(), r);
					if (r.create()) {
						created.putIfAbsent(r.id(), r.type());
					}
				}
			}
			for (var node : plan.nodes()) {
				var existing = byId.get(node.id());
				if (existing != null && existing.type() != node.type()) {
					rowErrors.add(new RowError(file, plan.line(), null,
							"id '" + node.id() + "' is " + NodeType.withArticle(label(existing.type()))
									+ " in the graph, not " + NodeType.withArticle(node.type().label())));
				}
			}
			if (rowErrors.isEmpty()) {
				for (var link : plan.allLinks()) {
					var from = resolved.get(link.from());
					var to = resolved.get(link.to());
					var fromType = from != null ? from.type() : nodeType(plan, link.from());
					var toType = to != null ? to.type() : nodeType(plan, link.to());
					if (fromType == null || toType == null) {
						continue;
					}
					var fromId = from != null ? from.id() : link.from();
					var toId = to != null ? to.id() : link.to();
					if (fromId.equals(toId)) {
						rowErrors.add(new RowError(file, plan.line(), link.column(),
								link.type() + " would link '" + fromId + "' to itself"));
					}
					else {
						link.type()
							.refusal(fromType, toType)
							.ifPresent(reason -> rowErrors.add(new RowError(file, plan.line(), link.column(), reason)));
					}
				}
			}
			if (rowErrors.isEmpty()) {
				entities.put(plan, resolved);
			}
			errors.addAll(rowErrors);
		}
		return new Result(entities, errors);
	}

	/**
	 * Another tool's entity that no node has under its id, and that has a name and a type
	 * to be matched by.
	 */
	private static boolean externalToMatchByName(RowPlan.EntityRef ref, Map<String, Existing> byId) {
		return ref.external() && ref.name() != null && ref.type() != null && !byId.containsKey(ref.id());
	}

	private static Existing existing(Map<String, Object> r) {
		var aliases = new ArrayList<String>();
		for (var alias : (List<?>) r.get("aliases")) {
			aliases.add(alias instanceof String text ? text : "");
		}
		var labels = ((List<?>) r.get("labels")).stream().map(String::valueOf).toList();
		return new Existing((String) r.get("id"), type(labels), r.get("name") instanceof String name ? name : "",
				aliases);
	}

	private static Resolved byId(String file, RowPlan plan, RowPlan.EntityRef ref, Map<String, Existing> byId,
			Map<String, List<Existing>> byName, Map<String, NodeType> created, Function<String, Declared> declared,
			List<RowError> errors) {
		var existing = byId.get(ref.id());
		if (existing != null) {
			if (!ref.accepted().isEmpty() && !ref.accepted().contains(existing.type())) {
				errors.add(new RowError(file, plan.line(), ref.column(),
						"'" + ref.id() + "' is " + NodeType.withArticle(label(existing.type())) + " in the graph, not "
								+ NodeType.withArticle(NodeType.labels(ref.accepted()))));
				return null;
			}
			return new Resolved(existing.id(), existing.type(), false);
		}
		var earlier = created.get(ref.id());
		if (earlier != null) {
			if (ref.type() != null && !ref.accepted().contains(earlier)) {
				errors.add(new RowError(file, plan.line(), ref.column(),
						"'" + ref.id() + "' is " + NodeType.withArticle(earlier.label()) + " in an earlier row, not "
								+ NodeType.withArticle(ref.type().label())));
				return null;
			}
			return new Resolved(ref.id(), earlier, false);
		}
		if (ref.type() == null) {
			var defined = declared.apply(ref.id());
			if (defined == null) {
				errors.add(new RowError(file, plan.line(), ref.column(),
						"'" + ref.id() + "' is neither in the file nor in the graph"));
				return null;
			}
			return new Resolved(defined.id(), defined.type(), false);
		}
		if (ref.name() == null) {
			errors.add(new RowError(file, plan.line(), ref.column(),
					"'" + ref.id() + "' is not in the graph; give its name to create it"));
			return null;
		}
		return ref.external() ? byExternalName(file, plan, ref, byName, declared, errors)
				: new Resolved(ref.id(), ref.type(), true);
	}

	/**
	 * Another tool's entity the graph knows by no id of it: the one entity of an accepted
	 * type with the same normalized name (or alias) is the same entity; with none it is
	 * created under the tool's id. Entities the file itself defines are never candidates:
	 * the other tool keeps them apart, and so the outcome does not depend on which batch
	 * was written first.
	 */
	private static Resolved byExternalName(String file, RowPlan plan, RowPlan.EntityRef ref,
			Map<String, List<Existing>> byName, Function<String, Declared> declared, List<RowError> errors) {
		var normalized = Names.normalize(ref.name());
		var matches = new TreeMap<String, Existing>();
		for (var candidate : byName.getOrDefault(ref.nameKey(), List.of())) {
			if (ref.accepted().contains(candidate.type()) && candidate.named(normalized)
					&& declared.apply(candidate.id()) == null) {
				matches.putIfAbsent(candidate.id(), candidate);
			}
		}
		if (matches.size() > 1) {
			errors.add(new RowError(file, plan.line(), ref.column(),
					"'" + ref.name() + "' is the name of " + matches.size() + " entities in the graph ("
							+ String.join(", ", matches.keySet()) + "); to say which one this is, "
							+ "use its id as this entity's id"));
			return null;
		}
		if (matches.size() == 1) {
			var match = matches.firstEntry().getValue();
			return new Resolved(match.id(), match.type(), false, ref.id());
		}
		return new Resolved(ref.id(), ref.type(), true);
	}

	private static Resolved byName(String file, RowPlan plan, RowPlan.EntityRef ref, Map<String, Existing> byId,
			Map<String, List<Existing>> byName, Map<String, Resolved> batch, List<RowError> errors) {
		var key = ref.nameKey();
		var known = batch.get(key);
		if (known != null) {
			return new Resolved(known.id(), known.type(), false);
		}
		var normalized = Names.normalize(ref.name());
		var derived = Names.entityId(ref.type(), ref.name());
		var matches = new LinkedHashSet<Existing>();
		for (var candidate : byName.getOrDefault(key, List.of())) {
			if (ref.accepted().contains(candidate.type()) && candidate.named(normalized)) {
				matches.add(candidate);
			}
		}
		var atDerived = byId.get(derived);
		if (atDerived != null && ref.accepted().contains(atDerived.type()) && atDerived.named(normalized)) {
			matches.add(atDerived);
		}
		Set<String> matchIds = new HashSet<>();
		matches.forEach(m -> matchIds.add(m.id()));
		if (matchIds.size() > 1) {
			errors.add(new RowError(file, plan.line(), ref.column(),
					"'" + ref.name() + "' names " + matchIds.size() + " " + ref.type().label() + " entities ("
							+ String.join(", ", matchIds.stream().sorted().toList()) + "); give the id"));
			return null;
		}
		Resolved resolved;
		if (matchIds.size() == 1) {
			var match = matches.iterator().next();
			resolved = new Resolved(match.id(), match.type(), false);
		}
		else {
			var id = atDerived == null ? derived : Names.disambiguated(derived, ref.type(), ref.name());
			resolved = new Resolved(id, ref.type(), true);
		}
		batch.put(key, resolved);
		return resolved;
	}

	private static NodeType nodeType(RowPlan plan, String key) {
		if (RowPlan.sourceUrl(key) != null) {
			return NodeType.SOURCE;
		}
		return plan.nodes().stream().filter(n -> n.id().equals(key)).map(n -> n.type()).findFirst().orElse(null);
	}

	static NodeType type(List<String> labels) {
		for (var label : labels) {
			if (!label.equals(NodeType.ENTITY_LABEL)) {
				var type = NodeType.fromLabel(label);
				if (type.isPresent()) {
					return type.get();
				}
			}
		}
		return null;
	}

	/** "a Person", "an Organization". */
	private static String label(NodeType type) {
		return type == null ? "node of no known type" : type.label();
	}

}
