package org.ironriver.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;

/**
 * The nodes, relationships (with evidence) and cited sources of an answer: what every
 * export format writes.
 */
public record Subgraph(List<NodeView> nodes, List<RelationshipView> relationships, List<SourceView> sources) {

	/**
	 * Builds one, each node once by id, each relationship once by (from, type, to), each
	 * source once by id.
	 */
	public static Subgraph of(Collection<NodeView> nodes, Collection<RelationshipView> relationships) {
		var byId = new LinkedHashMap<String, NodeView>();
		nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
		var rels = new LinkedHashMap<String, RelationshipView>();
		relationships.forEach(r -> rels.putIfAbsent(r.from() + "|" + r.type() + "|" + r.to(), r));
		var sources = new LinkedHashMap<String, SourceView>();
		rels.values().forEach(r -> r.evidence().sources().forEach(s -> sources.putIfAbsent(s.id(), s)));
		return new Subgraph(new ArrayList<>(byId.values()), new ArrayList<>(rels.values()),
				new ArrayList<>(sources.values()));
	}
}
