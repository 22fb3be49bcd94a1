package org.ironriver.queries;

import java.util.List;
import java.util.Map;

/**
 * One named, parameterized query of the analyst library
 * ({@code cypher/queries/<name>.cypher}).
 *
 * @param name the file name without {@code .cypher}
 * @param title one line
 * @param description what question it answers
 * @param defaults each parameter with its default value, in header order
 * @param expectations the {@code // expect:} lines: what it returns on the curated graph
 * @param cypher the body, exactly as an analyst pastes it into Neo4j Browser
 *
 * <p>
 * {@code internal}: plumbing the services run (an id lookup, the data version), kept in
 * the library so there is one copy of it, but not offered to analysts.
 */
public record LibraryQuery(String name, String title, String description, Map<String, Object> defaults,
		List<String> expectations, String cypher, boolean internal) {
}
