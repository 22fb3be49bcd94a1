/**
 * The curated dataset in {@code cypher/data/}: checked strictly and loaded, with its
 * checksum, into the graph.
 */
package org.ironriver.curated;
