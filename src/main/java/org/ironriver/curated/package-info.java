/**
 * The curated dataset in {@code cypher/data/}: checked strictly and loaded, with its
 * checksum, into the graph; and the start-up's graph readiness (schema current, curated
 * graph loaded) that the application waits for.
 */
package org.ironriver.curated;
