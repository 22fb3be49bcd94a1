/**
 * Paths through the graph: ranked paths between two entities, shortest paths, and tracing
 * a dealer to a country ({@code /api/paths/**}, {@code /api/trace}).
 */
package org.ironriver.paths;
