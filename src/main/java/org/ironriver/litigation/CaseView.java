package org.ironriver.litigation;

import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;

/**
 * A lawsuit or proceeding with what it turns on; every item carries the relationship that
 * links it, with evidence.
 *
 * @param parties plaintiffs, defendants, petitioners, respondents, each with its role
 * @param courts where it was filed
 * @param rulings its decisions in date order
 * @param appealChain the cases from first instance to the highest court, including this
 * one
 * @param appealLinks the REVIEWS relationships of that chain, bottom-up
 * @param laws the laws the case or its rulings cite or apply
 * @param judges the judges of the case
 */
public record CaseView(NodeView lawsuit, List<Linked> parties, List<Linked> courts, List<Linked> rulings,
		List<NodeView> appealChain, List<RelationshipView> appealLinks, List<Linked> laws, List<Linked> judges) {

	/**
	 * A node linked to the case.
	 *
	 * @param role the relationship type as a role ("DEFENDANT_IN", "APPLIES", ...)
	 * @param via for laws: the ruling that cites or applies it, or null when the case
	 * itself cites it
	 */
	public record Linked(String role, NodeView node, RelationshipView relationship, String via) {
	}
}
