package org.ironriver.paths;

import org.ironriver.evidence.RelationshipView;

/**
 * One step of a path, in walking order: from {@code from} to {@code to}. {@code forward}
 * says whether the step follows the stored relationship's direction
 * ({@code relationship.from -> relationship.to}) or goes against it.
 */
public record Hop(int index, String from, String to, boolean forward, RelationshipView relationship) {
}
