/**
 * Imports: ATF FFL listings, facts, trace statistics and FollowTheMoney, validated whole,
 * then written; the command line and {@code /api/imports}.
 */
package org.ironriver.ingest;
