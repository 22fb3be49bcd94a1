package org.ironriver.paths;

import java.time.LocalDate;
import java.util.List;

import org.ironriver.queries.ExecutedQuery;

/**
 * Paths between two entities (or from an entity to a country) with the evidence of every
 * hop and the query that produced them.
 *
 * @param context for a trace, the published statistics about the actor's places that
 * reach the country ({@code trace-context.cypher}), each walk ending in a
 * {@code FlowObservation} with its caveat: kept apart from the paths, never scored with
 * them; empty for the other kinds
 */
public record PathsAnswer(String kind, String from, String to, int maxHops, LocalDate asOf, List<PathView> paths,
		List<PathView> context, ExecutedQuery query) {
}
