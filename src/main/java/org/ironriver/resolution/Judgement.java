package org.ironriver.resolution;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reviewer's verdict on a pair, as stored in its {@code (:Judgement)} node.
 *
 * @param verdict {@code same}, {@code not-same} or {@code unsure}
 * @param who the authenticated principal who judged
 * @param score the pair's score when it was judged, with the features it summed
 * @param retractedAt when it was undone (null while it stands)
 */
public record Judgement(String id, String left, String right, String verdict, String who, OffsetDateTime at, String why,
		double score, List<Feature> features, OffsetDateTime retractedAt, String retractedBy) {

	public static final String SAME = "same";

	public static final String NOT_SAME = "not-same";

	public static final String UNSURE = "unsure";

	static final List<String> VERDICTS = List.of(SAME, NOT_SAME, UNSURE);

}
