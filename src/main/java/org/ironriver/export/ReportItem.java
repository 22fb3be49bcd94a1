package org.ironriver.export;

import java.util.List;

import org.ironriver.evidence.EvidenceView;
import org.ironriver.evidence.NodeView;
import org.ironriver.model.HopKind;
import org.ironriver.model.NodeType;

/**
 * One path (or one neighbour) of a report: a heading and its steps, each step naming both
 * ends and carrying its evidence.
 */
public record ReportItem(String heading, List<Step> steps) {

	/**
	 * {@code forward} is false when the step walks against the stored relationship's
	 * direction. {@code kind} is {@link HopKind#label()}: "case evidence" or "context";
	 * {@code caveat} is the caveat of the statistic the step goes through, or null.
	 */
	public record Step(String fromId, String fromName, String type, boolean forward, String toId, String toName,
			EvidenceView evidence, String kind, String caveat) {

		/** A step from {@code from} to {@code to}, classified and with its caveat. */
		public static Step between(NodeView from, NodeView to, String type, boolean forward, EvidenceView evidence) {
			var kind = HopKind.of(type, from.type(), to.type());
			return new Step(from.id(), from.name(), type, forward, to.id(), to.name(), evidence, kind.label(),
					caveat(from) != null ? caveat(from) : caveat(to));
		}

		private static String caveat(NodeView node) {
			if (!NodeType.FLOW_OBSERVATION.label().equals(node.type())) {
				return null;
			}
			return node.properties().get("caveat") instanceof String caveat ? caveat : null;
		}

	}
}
