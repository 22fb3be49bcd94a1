package org.ironriver.graph;

import java.util.List;
import java.util.Map;

import org.ironriver.model.NodeType;

/**
 * A node to write: its business id, its type from the model, its display name and its
 * other properties.
 */
public record NodeRecord(String id, NodeType type, String name, List<String> aliases, Map<String, Object> properties) {

	public NodeRecord {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}
}
