package org.ironriver.litigation;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/** The cases an actor is a party to. */
public record ActorLawsuitsAnswer(String id, List<ActorLawsuit> lawsuits, ExecutedQuery query) {

	/**
	 * A case an actor is a party to: the role (relationship type) with its evidence, and
	 * the case's rulings.
	 */
	public record ActorLawsuit(NodeView lawsuit, String role, RelationshipView roleEvidence,
			List<RulingEntry> rulings) {
	}

}
