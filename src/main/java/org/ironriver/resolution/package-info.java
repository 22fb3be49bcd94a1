/**
 * Entity resolution with reviewable judgements: candidate duplicates found by blocking
 * and an explainable score, judgements (same, not same, unsure) kept in the graph and
 * audited, and the clusters they make answering as one entity
 * ({@code /api/resolution/**}, {@code ironriver resolve}).
 */
package org.ironriver.resolution;
