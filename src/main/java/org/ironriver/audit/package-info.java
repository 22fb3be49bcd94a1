/**
 * Who did what: every write (imports, the curated load) and every analyst query (ad-hoc
 * Cypher, library queries) leaves an {@code (:AuditEvent)} node in the graph, readable by
 * admins at {@code GET /api/audit} and by nobody changeable through the API; the same
 * activity feeds the Micrometer meters ({@code ironriver.query},
 * {@code ironriver.import}, {@code ironriver.import.rows}).
 */
package org.ironriver.audit;
