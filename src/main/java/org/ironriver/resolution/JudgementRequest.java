package org.ironriver.resolution;

/**
 * A judgement to make: the two entities, the verdict and the reason.
 *
 * @param verdict {@code same}, {@code not-same} or {@code unsure}
 */
public record JudgementRequest(String left, String right, String verdict, String why) {

}
