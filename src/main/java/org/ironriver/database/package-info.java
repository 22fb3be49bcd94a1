/**
 * Which Neo4j the application talks to (the embedded one, or {@code NEO4J_URI}), its
 * lifecycle and protection, and the driver sessions every feature reads and writes
 * through.
 */
package org.ironriver.database;
