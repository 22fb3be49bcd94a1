package org.ironriver.claims;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.queries.ExecutedQuery;

/** Pairs of contradicting claims, optionally only those about one entity. */
public record ContradictionsAnswer(String entity, List<Contradiction> contradictions, ExecutedQuery query) {

	/**
	 * One side of a disagreement: the claim, the sources asserting it and what it is
	 * about.
	 */
	public record ClaimSide(NodeView claim, List<SourceView> sources, List<String> about) {
	}

	public record Contradiction(ClaimSide claim, ClaimSide otherClaim, RelationshipView relationship) {
	}

}
