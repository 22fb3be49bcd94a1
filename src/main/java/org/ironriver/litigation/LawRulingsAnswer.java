package org.ironriver.litigation;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/** The rulings that cite or apply a law or one of its sections, in date order. */
public record LawRulingsAnswer(String id, List<LawRuling> rulings, ExecutedQuery query) {

	/** A ruling citing or applying the law (or its section {@code lawId}). */
	public record LawRuling(NodeView ruling, String lawId, String lawName, RelationshipView relationship) {
	}

}
