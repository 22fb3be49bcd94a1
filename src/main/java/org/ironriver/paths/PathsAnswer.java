package org.ironriver.paths;

import java.time.LocalDate;
import java.util.List;

import org.ironriver.queries.ExecutedQuery;

/**
 * Paths between two entities (or from an entity to a country) with the evidence of every
 * hop and the query that produced them.
 */
public record PathsAnswer(String kind, String from, String to, int maxHops, LocalDate asOf, List<PathView> paths,
		ExecutedQuery query) {
}
