package org.ironriver.resolution;

import java.util.List;

/**
 * A page of candidate pairs.
 *
 * @param total how many pairs reach the threshold in all
 */
public record CandidatesAnswer(double threshold, String type, int offset, int limit, int total,
		List<Candidate> candidates) {

}
