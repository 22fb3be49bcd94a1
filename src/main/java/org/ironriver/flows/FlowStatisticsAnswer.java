package org.ironriver.flows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironriver.evidence.RelationshipView;
import org.ironriver.queries.ExecutedQuery;

/** The flow observations that match a destination, an origin and a period. */
public record FlowStatisticsAnswer(String destination, String origin, LocalDate from, LocalDate to,
		List<FlowStatistic> observations, ExecutedQuery query) {

	/** An observed flow with its caveat and the evidence of both its ends. */
	public record FlowStatistic(String id, String name, String metric, Object value, String unit, LocalDate periodStart,
			LocalDate periodEnd, String caveat, String origin, String destination, RelationshipView originEvidence,
			RelationshipView destinationEvidence, Map<String, Object> properties) {
	}

}
