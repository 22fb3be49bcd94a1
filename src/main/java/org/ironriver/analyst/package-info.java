/**
 * Cypher for analysts, read-only by construction: the guard (lexer, bounds, plan
 * inspection), the one guarded runner for ad-hoc Cypher and the query library, and their
 * faces ({@code /api/cypher}, {@code /api/queries}, {@code ironriver cypher|query}).
 */
package org.ironriver.analyst;
