package org.ironriver.litigation;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/** The laws a case turns on. */
public record CaseLawsAnswer(String id, List<CaseLaw> laws, ExecutedQuery query) {

	/**
	 * A law the case turns on; {@code rulingId} is null when the case's own pleading
	 * cites it.
	 */
	public record CaseLaw(NodeView law, String rulingId, RelationshipView relationship) {
	}

}
