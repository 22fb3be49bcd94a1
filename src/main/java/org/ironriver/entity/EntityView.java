package org.ironriver.entity;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;

/**
 * An entity with its direct relationships.
 *
 * @param entity the node itself
 * @param relationships each relationship with the node at its other end and the evidence
 * for it
 * @param degree how many relationships the entity has in all
 * @param truncated true when {@code relationships} holds fewer than {@code degree}; page
 * with the neighbourhood service
 */
public record EntityView(NodeView entity, List<Connection> relationships, long degree, boolean truncated) {

	/**
	 * A relationship seen from the entity: its direction, the other node and the
	 * evidence.
	 */
	public record Connection(String direction, NodeView other, RelationshipView relationship) {
	}
}
