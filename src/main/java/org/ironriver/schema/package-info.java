/**
 * The schema: versioned migrations in {@code cypher/migrations/}, applied once on start,
 * one process at a time under a lock node.
 */
package org.ironriver.schema;
