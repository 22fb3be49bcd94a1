/**
 * Writing nodes and relationships by business key with their evidence, the same way for
 * every writer.
 */
package org.ironriver.graph;
