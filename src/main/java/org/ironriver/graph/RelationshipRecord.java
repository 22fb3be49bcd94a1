package org.ironriver.graph;

import java.util.Map;

import org.ironriver.evidence.Evidence;
import org.ironriver.model.RelationType;

/**
 * A relationship to write between two nodes known by their business ids, with the
 * evidence for it.
 *
 * @param attributes what the relationship says besides its evidence (the role of an
 * office, the percentage owned), only names the type allows
 * ({@link RelationType#attributes()}); a null value removes the property
 */
public record RelationshipRecord(String from, RelationType type, String to, Evidence evidence,
		Map<String, Object> attributes) {

	public RelationshipRecord {
		attributes = attributes == null ? Map.of() : attributes;
		for (var name : attributes.keySet()) {
			if (!type.attributes().contains(name)) {
				throw new IllegalArgumentException(type + " has no property " + name);
			}
		}
	}

	public RelationshipRecord(String from, RelationType type, String to, Evidence evidence) {
		this(from, type, to, evidence, Map.of());
	}

}
