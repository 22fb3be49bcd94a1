package org.ironriver.analyst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into plain JSON-ready values. Nodes become {@code {id, labels,
 * properties}}, relationships {@code {type, from, to, properties}} with
 * {@code from}/{@code to} the business ids of their end nodes, paths {@code {nodes,
 * relationships}}. Element ids are internal to one database and change across stores, so
 * answers never show them; temporal values are ISO-8601 strings.
 */
final class ResultValues {

	/**
	 * Business ids of end nodes, by element id: filled from the nodes seen, completed by
	 * one lookup query.
	 */
	private final Map<String, String> businessIds;

	ResultValues(Map<String, String> businessIds) {
		this.businessIds = businessIds;
	}

	/**
	 * Gathers the business ids of the nodes in a value and the relationships whose end
	 * nodes must be named.
	 */
	static void collect(Value value, Map<String, String> knownIds, Map<String, Relationship> relationships) {
		var type = TypeSystem.getDefault();
		if (value.hasType(type.NODE())) {
			knownIds.put(value.asNode().elementId(), value.asNode().get("id").asString(null));
		}
		else if (value.hasType(type.RELATIONSHIP())) {
			relationships.put(value.asRelationship().elementId(), value.asRelationship());
		}
		else if (value.hasType(type.PATH())) {
			value.asPath().nodes().forEach(n -> knownIds.put(n.elementId(), n.get("id").asString(null)));
			value.asPath().relationships().forEach(r -> relationships.put(r.elementId(), r));
		}
		else if (value.hasType(type.LIST())) {
			value.values().forEach(v -> collect(v, knownIds, relationships));
		}
		else if (value.hasType(type.MAP())) {
			value.values().forEach(v -> collect(v, knownIds, relationships));
		}
	}

	Object convert(Value value) {
		var type = TypeSystem.getDefault();
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.hasType(type.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(type.RELATIONSHIP())) {
			return relationship(value.asRelationship());
		}
		if (value.hasType(type.PATH())) {
			return path(value.asPath());
		}
		if (value.hasType(type.LIST())) {
			var list = new ArrayList<Object>();
			value.values().forEach(v -> list.add(convert(v)));
			return list;
		}
		if (value.hasType(type.MAP())) {
			var map = new LinkedHashMap<String, Object>();
			value.keys().forEach(k -> map.put(k, convert(value.get(k))));
			return map;
		}
		if (value.hasType(type.DATE()) || value.hasType(type.DATE_TIME()) || value.hasType(type.LOCAL_DATE_TIME())
				|| value.hasType(type.TIME()) || value.hasType(type.LOCAL_TIME()) || value.hasType(type.DURATION())) {
			return value.asObject().toString();
		}
		if (value.hasType(type.POINT())) {
			var point = value.asPoint();
			var map = new LinkedHashMap<String, Object>();
			map.put("srid", point.srid());
			map.put("x", point.x());
			map.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				map.put("z", point.z());
			}
			return map;
		}
		return value.asObject();
	}

	private Map<String, Object> node(Node node) {
		var map = new LinkedHashMap<String, Object>();
		map.put("id", node.get("id").asString(null));
		var labels = new ArrayList<String>();
		node.labels().forEach(labels::add);
		map.put("labels", labels);
		map.put("properties", properties(node.keys(), node::get));
		return map;
	}

	private Map<String, Object> relationship(Relationship relationship) {
		var map = new LinkedHashMap<String, Object>();
		map.put("type", relationship.type());
		map.put("from", businessIds.get(relationship.startNodeElementId()));
		map.put("to", businessIds.get(relationship.endNodeElementId()));
		map.put("properties", properties(relationship.keys(), relationship::get));
		return map;
	}

	private Map<String, Object> path(Path path) {
		var nodes = new ArrayList<Object>();
		path.nodes().forEach(n -> nodes.add(node(n)));
		var relationships = new ArrayList<Object>();
		path.relationships().forEach(r -> relationships.add(relationship(r)));
		var map = new LinkedHashMap<String, Object>();
		map.put("nodes", nodes);
		map.put("relationships", relationships);
		return map;
	}

	private Map<String, Object> properties(Iterable<String> keys, Function<String, Value> get) {
		var properties = new TreeMap<String, Object>();
		for (var key : keys) {
			if (!key.equals("id")) {
				properties.put(key, convert(get.apply(key)));
			}
		}
		return properties;
	}

}
