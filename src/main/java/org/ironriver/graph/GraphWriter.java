package org.ironriver.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.database.GraphTransport;
import org.ironriver.model.NodeType;

/**
 * The generic upsert of nodes and relationships by id, shared by the curated loader and
 * the record importers (facts, trace, FollowTheMoney), inside a transaction of the one
 * {@link GraphTransport}. The FFL importer writes its licensees with statements of its
 * own (see {@code FflImporter}), tuned for millions of rows. A relationship whose sources
 * do not all resolve to {@code Source} nodes is never written: the statement itself
 * checks, and the writer fails the transaction when a row was not written.
 *
 * <p>
 * Labels and relationship types are dynamic ({@code $(...)}, Neo4j 5.26) but only ever
 * taken from the {@link NodeType} and {@link org.ironriver.model.RelationType}
 * allow-lists, never from input text.
 */
public final class GraphWriter {

	private static final String UPSERT_NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:$(row.label)
			SET n += row.properties, n.name = row.name, n.aliases = row.aliases,
			    n.origin = $origin, n.originVersion = $version
			""";

	private static final String UPSERT_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
			WHERE all(sourceId IN row.evidence.sources WHERE EXISTS { MATCH (:Source {id: sourceId}) })
			MERGE (a)-[r:$(row.type)]->(b)
			SET r += row.evidence, r += row.attributes, r.origin = $origin, r.originVersion = $version
			RETURN count(r) AS written
			""";

	private GraphWriter() {
	}

	/**
	 * Creates or updates nodes by id.
	 * @param origin what wrote them ("curated" or an import's id), kept on every node for
	 * provenance
	 * @param version the version of that origin, so stale curated entries can be found
	 * after a change
	 */
	public static void upsertNodes(GraphTransport.Statements tx, Collection<NodeRecord> nodes, String origin,
			String version) {
		var rows = new ArrayList<Map<String, Object>>(nodes.size());
		for (var node : nodes) {
			var row = new HashMap<String, Object>();
			row.put("id", node.id());
			row.put("label", node.type().label());
			row.put("name", node.name());
			row.put("aliases", node.aliases());
			row.put("properties", node.properties());
			rows.add(row);
		}
		tx.run(UPSERT_NODES, Map.of("rows", rows, "origin", origin, "version", version));
	}

	/**
	 * Creates or updates relationships; fails when any endpoint or source does not
	 * resolve.
	 */
	public static void upsertRelationships(GraphTransport.Statements tx, List<RelationshipRecord> relationships,
			String origin, String version) {
		var rows = new ArrayList<Map<String, Object>>(relationships.size());
		for (var rel : relationships) {
			var row = new LinkedHashMap<String, Object>();
			row.put("from", rel.from());
			row.put("type", rel.type().name());
			row.put("to", rel.to());
			row.put("evidence", rel.evidence().toProperties());
			// a HashMap: a null value removes the property
			row.put("attributes", new HashMap<>(rel.attributes()));
			rows.add(row);
		}
		long written = ((Number) tx
			.run(UPSERT_RELATIONSHIPS, Map.of("rows", rows, "origin", origin, "version", version))
			.single("written")).longValue();
		if (written != rows.size()) {
			throw new UnresolvedEvidenceException(rows.size() - written + " of " + rows.size()
					+ " relationships have an endpoint or a source that does not resolve; nothing was written");
		}
	}

}
