package org.ironriver.investigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.report.ExecutedQuery;

/** The answers of the investigation services, each with the query that produced it. */
public final class Answers {

	private Answers() {
	}

	/**
	 * A neighbour with the relationship that links it; {@code direction} is seen from the
	 * centre ("out" or "in").
	 */
	public record Neighbour(String direction, RelationshipView relationship, NodeView node) {
	}

	/**
	 * A relationship type and direction of the centre: how many neighbours it has and how
	 * many the cap lets through.
	 */
	public record Group(String type, String direction, long total, long shown, boolean capped) {
	}

	public record NeighbourhoodAnswer(NodeView entity, List<Neighbour> neighbours, List<Group> groups,
			String nextCursor, ExecutedQuery query) {
	}

	/**
	 * A dated event: when it happened and when a source reported it, with that report's
	 * evidence (null for an event no relationship reports).
	 */
	public record TimelineEvent(LocalDate happened, String happenedText, LocalDate reported, String event,
			String subjectId, String subjectName, String subjectType, RelationshipView evidence) {
	}

	public record TimelineAnswer(String id, List<TimelineEvent> events, ExecutedQuery query) {
	}

	public record RulingEntry(NodeView ruling, RelationshipView relationship) {
	}

	/**
	 * A case an actor is a party to: the role (relationship type) with its evidence, and
	 * the case's rulings.
	 */
	public record ActorLawsuit(NodeView lawsuit, String role, RelationshipView roleEvidence,
			List<RulingEntry> rulings) {
	}

	public record ActorLawsuitsAnswer(String id, List<ActorLawsuit> lawsuits, ExecutedQuery query) {
	}

	/**
	 * One level of an appeal chain; {@code reviewedBy} is the REVIEWS relationship from
	 * the next level up.
	 */
	public record AppealLevel(int level, NodeView lawsuit, List<RulingEntry> rulings, RelationshipView reviewedBy) {
	}

	public record AppealChainAnswer(String id, List<AppealLevel> chain, ExecutedQuery query) {
	}

	/** A ruling citing or applying the law (or its section {@code lawId}). */
	public record LawRuling(NodeView ruling, String lawId, String lawName, RelationshipView relationship) {
	}

	public record LawRulingsAnswer(String id, List<LawRuling> rulings, ExecutedQuery query) {
	}

	/**
	 * A law the case turns on; {@code rulingId} is null when the case's own pleading
	 * cites it.
	 */
	public record CaseLaw(NodeView law, String rulingId, RelationshipView relationship) {
	}

	public record CaseLawsAnswer(String id, List<CaseLaw> laws, ExecutedQuery query) {
	}

	/** An observed flow with its caveat and the evidence of both its ends. */
	public record FlowStatistic(String id, String name, String metric, Object value, String unit, LocalDate periodStart,
			LocalDate periodEnd, String caveat, String origin, String destination, RelationshipView originEvidence,
			RelationshipView destinationEvidence, Map<String, Object> properties) {
	}

	public record FlowStatisticsAnswer(String destination, String origin, LocalDate from, LocalDate to,
			List<FlowStatistic> observations, ExecutedQuery query) {
	}

	/**
	 * One side of a disagreement: the claim, the sources asserting it and what it is
	 * about.
	 */
	public record ClaimSide(NodeView claim, List<SourceView> sources, List<String> about) {
	}

	public record Contradiction(ClaimSide claim, ClaimSide otherClaim, RelationshipView relationship) {
	}

	public record ContradictionsAnswer(String entity, List<Contradiction> contradictions, ExecutedQuery query) {
	}

}
