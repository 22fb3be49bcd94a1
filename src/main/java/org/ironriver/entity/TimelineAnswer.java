package org.ironriver.entity;

import java.time.LocalDate;
import java.util.List;

import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/**
 * The dated events of an actor or a case, in order. For an entity judged the same as
 * others, {@code id} is its cluster's canonical entity and {@code members} the cluster
 * (docs/resolution.md); else just the entity's own id.
 */
public record TimelineAnswer(String id, List<String> members, List<TimelineEvent> events, ExecutedQuery query) {

	/**
	 * A dated event: when it happened and when a source reported it, with that report's
	 * evidence (null for an event no relationship reports).
	 */
	public record TimelineEvent(LocalDate happened, String happenedText, LocalDate reported, String event,
			String subjectId, String subjectName, String subjectType, RelationshipView evidence) {
	}

}
