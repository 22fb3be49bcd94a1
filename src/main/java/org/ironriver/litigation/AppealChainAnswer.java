package org.ironriver.litigation;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/** A case's appeal chain, from the court of first instance (level 1) up. */
public record AppealChainAnswer(String id, List<AppealLevel> chain, ExecutedQuery query) {

	/**
	 * One level of an appeal chain; {@code reviewedBy} is the REVIEWS relationship from
	 * the next level up.
	 */
	public record AppealLevel(int level, NodeView lawsuit, List<RulingEntry> rulings, RelationshipView reviewedBy) {
	}

}
