/**
 * The schema: versioned migrations in {@code cypher/migrations/}, applied once on start.
 */
package org.ironriver.schema;
