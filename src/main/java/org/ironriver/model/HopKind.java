package org.ironriver.model;

import static org.ironriver.model.NodeType.CLAIM;
import static org.ironriver.model.NodeType.FLOW_OBSERVATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a hop of a path or report is <em>case evidence</em> (a sourced fact about these
 * parties: who supplied whom, where a dealer is, who sued whom) or <em>context</em> (an
 * aggregate statistic or a source's claim: true of the pattern, not proof about this
 * dealer). The one place this is decided; every report and export asks it.
 *
 * <p>
 * A hop is context when either end is a node type in {@link #CONTEXT_NODES} or its type
 * is in {@link #CONTEXT_TYPES}; every other hop is case evidence, so a new case-level
 * node or relationship type (a trace record of one firearm, say) is case evidence without
 * a change here, and a new aggregate type joins {@link #CONTEXT_NODES}.
 */
public enum HopKind {

	CASE_EVIDENCE("case evidence"), CONTEXT("context");

	/**
	 * Nodes that summarise many events or record what a source says:
	 * {@code FlowObservation} (trace statistics, with their caveat) and {@code Claim}.
	 */
	static final Set<NodeType> CONTEXT_NODES = EnumSet.of(FLOW_OBSERVATION, CLAIM);

	/** Relationships about sources and claims rather than between the parties. */
	static final Set<RelationType> CONTEXT_TYPES = EnumSet.of(RelationType.ASSERTS, RelationType.ABOUT,
			RelationType.CONTRADICTS);

	private final String label;

	HopKind(String label) {
		this.label = label;
	}

	/** As reports print it: "case evidence" or "context". */
	public String label() {
		return label;
	}

	/**
	 * @param type the relationship type's name
	 * @param fromLabel the model type (label) of one end, or null when unknown
	 * @param toLabel the model type of the other end, or null
	 */
	public static HopKind of(String type, String fromLabel, String toLabel) {
		var relation = RelationType.parse(type);
		if (relation.isPresent() && CONTEXT_TYPES.contains(relation.get())) {
			return CONTEXT;
		}
		if (isContextNode(fromLabel) || isContextNode(toLabel)) {
			return CONTEXT;
		}
		return CASE_EVIDENCE;
	}

	private static boolean isContextNode(String label) {
		return label != null && NodeType.fromLabel(label).filter(CONTEXT_NODES::contains).isPresent();
	}

}
