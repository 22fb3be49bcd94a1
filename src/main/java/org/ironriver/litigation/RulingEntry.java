package org.ironriver.litigation;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;

/**
 * A ruling with the relationship (RULING_IN, CITES, APPLIES...) that ties it to the
 * answer.
 */
public record RulingEntry(NodeView ruling, RelationshipView relationship) {
}
