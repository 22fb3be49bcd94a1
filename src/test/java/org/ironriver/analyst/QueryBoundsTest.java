package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks of {@link QueryBounds} on the text alone (what the database would do with
 * these shapes is in {@code HostileQueriesTest}): brackets are counted as Neo4j's lexer
 * sees them, and the library's queries all fit.
 */
class QueryBoundsTest {

	private final QueryBounds bounds = new QueryBounds(
			CypherProperties.of(Duration.ofSeconds(10), 10_000, List.of("db.labels"), List.of()));

	private static final String NESTED = "the query nests more than 64 deep (brackets ( [ {, NOT, or operators chained "
			+ "in one expression, as in a + b + c); at most 64 levels are accepted (ironriver.cypher.max-nesting)";

	private String refusal(String query) {
		return refusal(query, Map.of());
	}

	private String refusal(String query, Map<String, Object> parameters) {
		return bounds.refusal(query, parameters).orElse(null);
	}

	private static String nested(int depth, String open, String close) {
		return "RETURN " + open.repeat(depth) + "1" + close.repeat(depth) + " AS x";
	}

	@Test
	void refuses_the_twelve_kilobyte_query_of_three_thousand_brackets_for_its_length() {
		var query = nested(3_000, "(", ")") + " ".repeat(12_000 - nested(3_000, "(", ")").length());
		assertThat(refusal(query)).isEqualTo(
				"the query is 12000 characters long; at most 10000 are accepted (ironriver.cypher.max-query-length)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(|)", "[|]", "{a: |}" })
	void accepts_brackets_sixty_four_deep_and_refuses_sixty_five(String brackets) {
		var open = brackets.substring(0, brackets.indexOf('|'));
		var close = brackets.substring(brackets.indexOf('|') + 1);
		assertThat(refusal(nested(64, open, close))).isNull();
		assertThat(refusal(nested(65, open, close))).isEqualTo(NESTED);
	}

	@Test
	void counts_not_and_chained_operators_as_nesting_because_the_parser_nests_them() {
		assertThat(refusal("RETURN " + "NOT ".repeat(64) + "true AS x")).isNull();
		assertThat(refusal("RETURN " + "NOT ".repeat(600) + "true AS x")).isEqualTo(NESTED);
		assertThat(refusal("WITH 1 AS a RETURN " + "a + ".repeat(64) + "a AS x")).isNull();
		assertThat(refusal("WITH 1 AS a RETURN " + "a + ".repeat(500) + "a AS x")).isEqualTo(NESTED);
		assertThat(refusal("RETURN " + "true AND ".repeat(100) + "true AS x")).isEqualTo(NESTED);
		assertThat(refusal("RETURN " + "1 - ".repeat(100) + "1 AS x")).isEqualTo(NESTED);
		assertThat(refusal("RETURN " + "(".repeat(40) + "1" + " + 1".repeat(30) + ")".repeat(40) + " AS x"))
			.isEqualTo(NESTED);
	}

	@Test
	void does_not_count_what_is_not_a_chain() {
		// Commas and clauses separate; a long list is wide, not deep; a relationship is
		// one link of its chain.
		assertThat(refusal("RETURN [" + "1, ".repeat(2_000) + "1] AS l")).isNull();
		assertThat(refusal("MATCH (a)" + "-[:SUPPLIED]->()".repeat(30) + "<--(b)--(c)<-[:X]-(d) RETURN a")).isNull();
		assertThat(refusal("MATCH (a)" + "-->()".repeat(600) + " RETURN a")).isEqualTo(NESTED);
		var clauses = new StringBuilder("MATCH (d:Dealer)");
		for (int i = 0; i < 40; i++) {
			clauses.append(" WITH d WHERE d.id = 'x' AND d.name = 'y' OR d.id + 'z' = 'w'");
		}
		assertThat(refusal(clauses + " RETURN d")).isNull();
		assertThat(refusal(
				"MATCH (n) WHERE n.name STARTS WITH 'a' AND n.name ENDS WITH 'b' AND n.id CONTAINS 'c' " + "RETURN n"))
			.isNull();
	}

	@Test
	void does_not_count_brackets_in_strings_quoted_names_or_comments() {
		var deep = "(".repeat(100);
		assertThat(refusal("RETURN '" + deep + "' AS a, \"" + deep + "\" AS b, 1 AS `" + deep + "` // " + deep + "\n"
				+ "/* " + deep + " */"))
			.isNull();
	}

	@Test
	void reads_unicode_escapes_as_the_database_does_so_a_string_cannot_hide_brackets() {
		// To Neo4j, \u0027 is a quote wherever it is: this is 'a' + [[[...]]] + ''.
		var hidden = "RETURN 'a\\u0027 + " + "[".repeat(65) + "1" + "]".repeat(65) + " + ' AS x";
		assertThat(refusal(hidden)).isEqualTo(NESTED);
		// An escaped backslash before u is no escape: the string stays one string.
		assertThat(refusal("RETURN '\\\\u0027" + "(".repeat(65) + "' AS x")).isNull();
	}

	@Test
	void refuses_parameters_too_large_or_too_deeply_nested() {
		assertThat(refusal("RETURN $p", Map.of("p", "x".repeat(1_000_001))))
			.startsWith("the parameters are larger than 1000000");
		Object deep = "leaf";
		for (int i = 0; i < 40; i++) {
			deep = List.of(deep);
		}
		assertThat(refusal("RETURN $p", Map.of("p", deep)))
			.isEqualTo("the parameters nest lists and maps more than 32 deep (ironriver.cypher.max-parameter-depth)");
		var many = new ArrayList<Object>();
		for (int i = 0; i < 200_000; i++) {
			many.add(i);
		}
		assertThat(refusal("RETURN $p", Map.of("p", many))).startsWith("the parameters are larger than");
		var ids = new HashMap<String, Object>();
		ids.put("ids", List.of("spragues-sports", "colt"));
		assertThat(refusal("MATCH (n) WHERE n.id IN $ids RETURN n", ids)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "((a+)+)+b", "(a+)+b", "(.*a){12}", "(a|ab)*c", "(x+x+)+y", "((ab)*)+", "(?:a*)*b",
			"(?<g>a+){2,}" })
	void refuses_regular_expressions_that_repeat_a_repetition(String pattern) {
		assertThat(refusal("MATCH (d:Dealer) WHERE d.name =~ '" + pattern + "' RETURN d"))
			.startsWith("the regular expression repeats a group that itself repeats or alternates");
		assertThat(refusal("MATCH (d:Dealer) WHERE d.name =~ $p RETURN d", Map.of("p", pattern)))
			.startsWith("the regular expression repeats a group");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(?i).*sprague.*", "(?i)smith ?& ?wesson", "[A-Z]{2}-\\d+", "(ab)+c", "(a|b)c+",
			"(\\(a\\))+", "[(a+)+]+", "(?:foo)?bar*", "(a+)?b" })
	void accepts_regular_expressions_without_a_nested_repetition(String pattern) {
		assertThat(refusal("MATCH (d:Dealer) WHERE d.name =~ \"" + pattern.replace("\\", "\\\\") + "\" RETURN d"))
			.isNull();
		assertThat(refusal("MATCH (d:Dealer) WHERE d.name =~ $p RETURN d", Map.of("p", pattern))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RETURN 'aaa' =~ '(a' + '+)+b'", "RETURN 'aaa' =~ $p + '+'", "RETURN 'a' =~ toString($p)",
			"WITH '(a+)+b' AS p RETURN 'aaa' =~ p", "RETURN 'aaa' =~ $p[0]" })
	void refuses_a_regular_expression_it_cannot_see(String query) {
		assertThat(refusal(query, Map.of("p", "(a+)")))
			.startsWith("the right side of =~ must be one string literal or one $parameter");
	}

	@Test
	void refuses_ranges_larger_than_the_cap_when_their_bounds_are_known() {
		assertThat(refusal("RETURN size(reduce(l = [], i IN range(1, 100000) | l + [i])) AS n")).isEqualTo(
				"range(1, 100000) would hold 100000 elements; at most 10000 are accepted (ironriver.cypher.max-range)");
		assertThat(refusal("UNWIND range(1,100000000) AS x WITH collect(x) AS l RETURN size(l)"))
			.startsWith("range(1, 100000000) would hold 100000000 elements");
		assertThat(refusal("UNWIND RANGE($from, $to) AS x RETURN x", Map.of("from", 0L, "to", 20_000L)))
			.startsWith("range(0, 20000) would hold 20001 elements");
		assertThat(refusal("UNWIND range(0, 1000000, 1000) AS x RETURN x")).isNull();
		assertThat(refusal("UNWIND range(1, 10000) AS x RETURN x")).isNull();
		assertThat(refusal("MATCH p = (:Dealer)-->() RETURN [i IN range(0, size(nodes(p)) - 1) | i] AS l")).isNull();
	}

	@Test
	void every_library_query_fits_the_bounds_with_room_to_spare() throws IOException {
		try (var files = Files.list(Path.of("cypher/queries"))) {
			var queries = files.filter(f -> f.toString().endsWith(".cypher")).toList();
			assertThat(queries).hasSizeGreaterThan(30);
			for (var file : queries) {
				var text = Files.readString(file);
				assertThat(text.length()).as(file.toString()).isLessThan(10_000 / 2);
				assertThat(refusal(text)).as(file.toString()).isNull();
			}
		}
	}

}
