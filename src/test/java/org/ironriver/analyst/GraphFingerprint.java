package org.ironriver.analyst;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.audit.AuditEvent;
import org.ironriver.database.Neo4jSessions;
import org.neo4j.driver.Value;

/**
 * What the whole database holds, reduced to counts and a SHA-256 over every node (labels,
 * properties), relationship (end ids, type, properties), label, relationship type and
 * property key token, index and constraint, each sorted so the order the database returns
 * them in does not matter. The audit trail is left out: every query, refused ones
 * included, adds an {@code AuditEvent} (written in the background), which is the point of
 * it.
 */
record GraphFingerprint(long nodes, long relationships, String checksum) {

	/**
	 * The label and property keys the audit trail brings; the first event creates them.
	 */
	private static final java.util.Set<String> AUDIT_TOKENS = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("L " + AuditEvent.LABEL),
				AuditEvent.PROPERTY_KEYS.stream().map(key -> "P " + key))
		.collect(java.util.stream.Collectors.toSet());

	static GraphFingerprint of(Neo4jSessions sessions) {
		return sessions.read(tx -> {
			var lines = new ArrayList<String>();
			tx.run("MATCH (n) WHERE NOT n:AuditEvent RETURN labels(n) AS labels, properties(n) AS properties")
				.forEachRemaining(r -> {
					var labels = new ArrayList<>(r.get("labels").asList(Value::asString));
					labels.sort(null);
					lines.add("N " + labels + " " + sorted(r.get("properties").asMap(GraphFingerprint::plain)));
				});
			long nodes = lines.size();
			tx.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties")
				.forEachRemaining(r -> lines.add("R " + r.get("a").asString(null) + " " + r.get("type").asString() + " "
						+ r.get("b").asString(null) + " "
						+ sorted(r.get("properties").asMap(GraphFingerprint::plain))));
			long relationships = lines.size() - nodes;
			tx.run("CALL db.labels() YIELD label RETURN 'L ' + label AS line UNION ALL "
					+ "CALL db.relationshipTypes() YIELD relationshipType RETURN 'T ' + relationshipType AS line UNION ALL "
					+ "CALL db.propertyKeys() YIELD propertyKey RETURN 'P ' + propertyKey AS line")
				.stream()
				.map(r -> r.get("line").asString())
				.filter(line -> !AUDIT_TOKENS.contains(line))
				.forEach(lines::add);
			tx.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties")
				.forEachRemaining(r -> lines.add("I " + r.asMap()));
			tx.run("SHOW CONSTRAINTS YIELD name, type RETURN name, type")
				.forEachRemaining(r -> lines.add("C " + r.asMap()));
			lines.sort(null);
			return new GraphFingerprint(nodes, relationships, DigestUtils.sha256Hex(String.join("\n", lines)));
		});
	}

	private static Object plain(Value value) {
		return value.asObject();
	}

	private static String sorted(Map<String, Object> map) {
		return new TreeMap<>(map).toString();
	}
}
