package org.ironriver.export;

import java.util.List;

import org.ironriver.evidence.EvidenceView;

/**
 * One path (or one neighbour) of a report: a heading and its steps, each step naming both
 * ends and carrying its evidence.
 */
public record ReportItem(String heading, List<Step> steps) {

	/**
	 * {@code forward} is false when the step walks against the stored relationship's
	 * direction.
	 */
	public record Step(String fromId, String fromName, String type, boolean forward, String toId, String toName,
			EvidenceView evidence) {
	}
}
