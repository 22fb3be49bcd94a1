package org.ironriver.paths;

import org.ironriver.problems.RequestBounds;

/**
 * The one place where a variable-length bound enters Cypher text. Cypher cannot take the
 * upper bound of a quantified path pattern as a parameter, so the library files carry a
 * default bound preceded by the comment marker {@link #MARKER}; only a validated integer
 * from 1 to {@link #HARD_CAP} ever replaces it, never request text. The files stay
 * runnable as they are in Neo4j Browser (the marker is a Cypher comment).
 */
public final class HopBound {

	public static final int DEFAULT = 4;

	public static final int HARD_CAP = 6;

	static final String MARKER = "/*maxHops*/";

	private HopBound() {
	}

	/** The requested bound, or the default when absent; outside 1..6 is a bad request. */
	public static int validate(Integer maxHops) {
		return RequestBounds.between1And(HARD_CAP, "maxHops", maxHops, DEFAULT);
	}

	/**
	 * The query text with its marked bound set to {@code maxHops}, which must already be
	 * validated.
	 */
	public static String apply(String cypher, int maxHops) {
		if (maxHops < 1 || maxHops > HARD_CAP) {
			throw new IllegalStateException("unvalidated hop bound " + maxHops);
		}
		int at = cypher.indexOf(MARKER);
		if (at < 0 || cypher.indexOf(MARKER, at + 1) >= 0) {
			throw new IllegalStateException("a bounded path query must hold exactly one " + MARKER + " marker");
		}
		int end = at + MARKER.length();
		while (end < cypher.length() && Character.isDigit(cypher.charAt(end))) {
			end++;
		}
		return cypher.substring(0, at + MARKER.length()) + maxHops + cypher.substring(end);
	}

}
