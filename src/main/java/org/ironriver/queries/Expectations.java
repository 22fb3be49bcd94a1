package org.ironriver.queries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code // expect:} language of library queries: what a query returns on the curated
 * graph with its default parameters, checked by a test so the documentation cannot drift
 * from the data.
 *
 * <pre>
 * rows = 5 | rows &gt;= 1 | rows &lt;= 10      the number of rows
 * columns = a, b, c                       the result columns, in order
 * contains {"dealer": "Sprague's Sports, Inc."}   some row has these values
 * first {"level": 0}                      the first row has these values
 * all {"state": "Arizona"}                every row has these values
 * none {"manufacturer": "X"}              no row has these values
 * </pre>
 *
 * Values compare as JSON: numbers by value (7 equals 7.0), lists element by element in
 * order, a missing column or null equals null; dates and times are their ISO strings.
 */
public final class Expectations {

	private static final Pattern ROWS = Pattern.compile("rows\\s*(=|>=|<=)\\s*(\\d+)");

	private static final Pattern COLUMNS = Pattern.compile("columns\\s*=\\s*(.+)");

	private static final Pattern ROW_MATCH = Pattern.compile("(contains|first|all|none)\\s+(\\{.*})");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Expectations() {
	}

	/**
	 * Throws when an expectation line is not in the language, so a typo cannot pass as a
	 * vacuous check.
	 */
	public static void validate(String expectation) {
		var line = expectation.strip();
		if (ROWS.matcher(line).matches() || COLUMNS.matcher(line).matches()) {
			return;
		}
		var rowMatch = ROW_MATCH.matcher(line);
		if (rowMatch.matches()) {
			parseObject(rowMatch.group(2));
			return;
		}
		throw new IllegalArgumentException("not an expectation: '" + expectation
				+ "' (use rows = N, rows >= N, rows <= N, columns = a, b, contains {...}, first {...}, all {...}, none {...})");
	}

	/**
	 * What does not hold, one message per failed expectation; empty when the result meets
	 * them all.
	 */
	public static List<String> failures(List<String> expectations, CypherResult result) {
		var failures = new ArrayList<String>();
		for (var expectation : expectations) {
			if (!holds(expectation.strip(), result)) {
				failures.add("expected " + expectation + " but got " + describe(result));
			}
		}
		return failures;
	}

	private static boolean holds(String line, CypherResult result) {
		var rows = ROWS.matcher(line);
		if (rows.matches()) {
			int expected = Integer.parseInt(rows.group(2));
			int actual = result.rows().size();
			return switch (rows.group(1)) {
				case "=" -> actual == expected && !result.truncated();
				case ">=" -> actual >= expected;
				default -> actual <= expected && !result.truncated();
			};
		}
		var columns = COLUMNS.matcher(line);
		if (columns.matches()) {
			return Arrays.stream(columns.group(1).split(",")).map(String::strip).toList().equals(result.columns());
		}
		var rowMatch = ROW_MATCH.matcher(line);
		if (!rowMatch.matches()) {
			validate(line);
		}
		var wanted = parseObject(rowMatch.group(2));
		var all = result.rows();
		return switch (rowMatch.group(1)) {
			case "contains" -> all.stream().anyMatch(r -> matches(r, wanted));
			case "first" -> !all.isEmpty() && matches(all.get(0), wanted);
			case "all" -> !all.isEmpty() && all.stream().allMatch(r -> matches(r, wanted));
			default -> all.stream().noneMatch(r -> matches(r, wanted));
		};
	}

	private static boolean matches(Map<String, Object> row, Map<String, Object> wanted) {
		return wanted.entrySet().stream().allMatch(e -> same(e.getValue(), row.get(e.getKey())));
	}

	static boolean same(Object expected, Object actual) {
		if (expected == null || actual == null) {
			return expected == null && actual == null;
		}
		if (expected instanceof Number a && actual instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
		}
		if (expected instanceof List<?> a && actual instanceof List<?> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!same(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
			return a.entrySet().stream().allMatch(e -> same(e.getValue(), b.get(e.getKey())));
		}
		return expected.equals(actual);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parseObject(String json) {
		try {
			return JSON.readValue(json, Map.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("expectation is not a JSON object: " + json);
		}
	}

	private static String describe(CypherResult result) {
		var text = result.rowCount() + " rows" + (result.truncated() ? " (truncated)" : "") + " " + result.rows();
		return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
	}

}
