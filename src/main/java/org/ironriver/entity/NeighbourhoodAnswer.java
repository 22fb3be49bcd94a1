package org.ironriver.entity;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/**
 * A page of an entity's neighbourhood, with the size of each capped group. For an entity
 * judged the same as others, {@code entity} is its cluster's canonical entity and
 * {@code members} the cluster (docs/resolution.md); else just the entity's own id.
 */
public record NeighbourhoodAnswer(NodeView entity, List<String> members, List<Neighbour> neighbours, List<Group> groups,
		String nextCursor, ExecutedQuery query, @JsonIgnore List<NodeView> memberNodes) {

	/**
	 * A neighbour with the relationship that links it; {@code direction} is seen from the
	 * centre ("out" or "in"); {@code member} is the member of the cluster whose
	 * relationship it is (the centre's own id when it is in no cluster).
	 */
	public record Neighbour(String direction, RelationshipView relationship, NodeView node, String member) {
	}

	/**
	 * A relationship type and direction of the centre: how many neighbours it has and how
	 * many the cap lets through.
	 */
	public record Group(String type, String direction, long total, long shown, boolean capped) {
	}

}
