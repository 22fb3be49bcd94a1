package org.ironriver.graph;

import org.ironriver.evidence.Evidence;
import org.ironriver.model.RelationType;

/**
 * A relationship to write between two nodes known by their business ids, with the
 * evidence for it.
 */
public record RelationshipRecord(String from, RelationType type, String to, Evidence evidence) {
}
