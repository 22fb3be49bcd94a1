package org.ironriver.search;

import org.ironriver.evidence.NodeView;

/** One search result with its full-text relevance. */
public record SearchHit(NodeView entity, double score) {
}
