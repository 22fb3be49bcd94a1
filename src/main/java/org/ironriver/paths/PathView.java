package org.ironriver.paths;

import java.util.List;

import org.ironriver.evidence.NodeView;

/**
 * One path of an answer.
 *
 * @param length number of hops
 * @param score product of hop confidences times (1 - 0.5^sourceCount); see
 * docs/investigation.md
 * @param current true when no hop ended (validTo) before today
 * @param sourceCount distinct sources cited along the path
 * @param nodes the nodes in walking order
 * @param hops each hop with its evidence
 */
public record PathView(int length, double score, boolean current, int sourceCount, List<NodeView> nodes,
		List<Hop> hops) {
}
