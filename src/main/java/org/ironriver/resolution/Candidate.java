package org.ironriver.resolution;

import java.util.List;

/**
 * Two entities that may be one, with the score and the features it is the sum of.
 *
 * @param score the sum of the features' weights, clamped to 0..1
 * @param judgement the pair's standing judgement when it is {@code unsure}, else null
 * (pairs judged same or not same are never candidates)
 */
public record Candidate(Side left, Side right, double score, List<Feature> features, String judgement) {

	/** One entity of the pair, as a reviewer needs to see it. */
	public record Side(String id, String type, String name) {

		static Side of(Profile profile) {
			return new Side(profile.id, profile.type, profile.name);
		}

	}

}
