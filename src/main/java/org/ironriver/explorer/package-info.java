/**
 * The explorer: the page a person opens at {@code /} to search the graph, read an
 * entity's relationships with their evidence, expand its neighbourhood, trace paths and
 * compare disagreeing sources. The server only hands out one shell page for every
 * explorer route; the page itself (static/explorer) reads the same REST API as any other
 * client.
 */
package org.ironriver.explorer;
