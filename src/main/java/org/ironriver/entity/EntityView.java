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
 * @param members the ids of the entities judged the same that answer as this one (its
 * cluster, docs/resolution.md), the entity's own id among them; just that id when it is
 * in no cluster. Any of them asked for gives this answer.
 */
public record EntityView(NodeView entity, List<Connection> relationships, long degree, boolean truncated,
		List<String> members) {

	/**
	 * A relationship seen from the entity: its direction, the other node and the
	 * evidence; {@code member} is the member of the cluster it belongs to (the entity's
	 * own id when it is in no cluster).
	 */
	public record Connection(String direction, NodeView other, RelationshipView relationship, String member) {
	}
}
