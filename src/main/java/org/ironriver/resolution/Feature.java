package org.ironriver.resolution;

/**
 * One piece of evidence for or against two entities being one: what matched (or
 * conflicted), its weight in the score (negative for a conflict) and what the two sides
 * had.
 */
public record Feature(String feature, double weight, String detail) {

}
