package org.ironriver.analyst;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.analyst.CypherLexer.Kind;
import org.ironriver.analyst.CypherLexer.Token;

/**
 * Refuses, before the database sees it, an analyst query whose shape alone can hold a
 * pooled connection far past its timeout: text longer than the cap, nesting deeper than
 * the cap (Neo4j's parser took ~240 s over 3,000 brackets; see {@link #nesting}),
 * parameters too large or too deeply nested, a regular expression that can backtrack
 * exponentially ({@code =~ '((a+)+)+b'}: the database does not interrupt one evaluation,
 * so its timeout does not end it), and a {@code range()} larger than the cap (a
 * {@code reduce} over it copies its growing accumulator on every step).
 *
 * <p>
 * The text is read as Neo4j's lexer reads it ({@link CypherLexer}): brackets inside
 * string literals, backtick-quoted names and comments do not count. What cannot be
 * decided from the text (a range whose bounds are computed) is left to the deadline in
 * {@link SafeCypher}.
 */
public final class QueryBounds {

	private static final Pattern FLAGS = Pattern.compile("\\?[a-zA-Z-]*\\)");

	private static final Pattern GROUP_PREFIX = Pattern.compile("\\?(<[a-zA-Z][a-zA-Z0-9]*>|<=|<!|[a-zA-Z-]*:|[=!>])");

	private final CypherProperties limits;

	public QueryBounds(CypherProperties limits) {
		this.limits = limits;
	}

	/** Why the query must not be sent to the database, or empty. */
	public Optional<String> refusal(String query, Map<String, Object> parameters) {
		if (query.length() > limits.maxQueryLength()) {
			return Optional.of("the query is " + query.length() + " characters long; at most " + limits.maxQueryLength()
					+ " are accepted (ironriver.cypher.max-query-length)");
		}
		var parameterRefusal = parameters(parameters);
		if (parameterRefusal.isPresent()) {
			return parameterRefusal;
		}
		var tokens = CypherLexer.tokens(query);
		var nesting = nesting(tokens);
		if (nesting.isPresent()) {
			return nesting;
		}
		for (int i = 0; i < tokens.size(); i++) {
			var token = tokens.get(i);
			if (token.is("=~") || token.is("~")) {
				var refusal = regexOperand(tokens, i + 1, parameters);
				if (refusal.isPresent()) {
					return refusal;
				}
			}
			else if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase("range") && i + 1 < tokens.size()
					&& tokens.get(i + 1).is("(") && (i == 0 || !tokens.get(i - 1).is("."))) {
				var refusal = range(tokens, i + 2, parameters);
				if (refusal.isPresent()) {
					return refusal;
				}
			}
		}
		return Optional.empty();
	}

	// --- nesting

	/**
	 * Words that end one expression and start another: a chain of operators does not run
	 * across them.
	 */
	private static final Set<String> CLAUSE_WORDS = Set.of("match", "optional", "where", "return", "with", "unwind",
			"order", "by", "skip", "limit", "as", "call", "yield", "union", "case", "when", "then", "else", "end",
			"distinct", "set", "create", "merge", "delete", "remove", "foreach", "use", "load", "asc", "desc",
			"ascending", "descending");

	private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "xor", "in", "contains", "starts", "ends",
			"is");

	private static final Set<String> OPERATOR_SYMBOLS = Set.of("+", "*", "/", "%", "^", "=", "=~");

	/**
	 * How deep the parsed query would nest, counted on the text: each open bracket ( [ {
	 * is a level, each NOT is one, and each operator chained in one expression
	 * ({@code a + a + a}, {@code x AND y AND z}) or relationship chained in one pattern
	 * ({@code ()-->()-->()}) is one, because the parser builds a chain as a tree as deep
	 * as it is long. All three hang the parser: 600 nested brackets or NOTs, 500 chained
	 * additions each held it past 120 s.
	 */
	private Optional<String> nesting(List<Token> tokens) {
		// Per open bracket: the operators chained at its level since it opened (or since
		// its last comma).
		var chains = new ArrayDeque<int[]>();
		chains.push(new int[1]);
		int chained = 0;
		int nots = 0;
		for (int i = 0; i < tokens.size(); i++) {
			var token = tokens.get(i);
			var word = token.kind() == Kind.WORD ? token.text().toLowerCase(Locale.ROOT) : null;
			if ("not".equals(word)) {
				nots++;
			}
			else {
				nots = 0;
				if (token.is("(") || token.is("[") || token.is("{")) {
					chains.push(new int[1]);
				}
				else if (token.is(")") || token.is("]") || token.is("}")) {
					if (chains.size() > 1) {
						chained -= chains.pop()[0];
					}
				}
				else if (token.is(",") || token.is("|") || token.is(";") || word != null && CLAUSE_WORDS.contains(word)
						&& !(word.equals("with") && i > 0 && isWord(tokens.get(i - 1), "starts", "ends"))) {
					chained -= chains.peek()[0];
					chains.peek()[0] = 0;
				}
				else if (word != null && OPERATOR_WORDS.contains(word)
						|| token.kind() == Kind.SYMBOL && OPERATOR_SYMBOLS.contains(token.text())
						|| token.is("-") && (!isArrow(tokens, i) || follows(tokens, i, ")")) || token.is("<")
								&& follows(tokens, i, ")") && i + 1 < tokens.size() && tokens.get(i + 1).is("-")) {
					chains.peek()[0]++;
					chained++;
				}
			}
			int depth = chains.size() - 1 + chained + nots;
			if (depth > limits.maxNesting()) {
				return Optional
					.of("the query nests more than " + limits.maxNesting() + " deep (brackets ( [ {, NOT, or "
							+ "operators chained in one expression, as in a + b + c); at most " + limits.maxNesting()
							+ " levels are accepted (ironriver.cypher.max-nesting)");
			}
		}
		return Optional.empty();
	}

	/**
	 * A minus that is part of a relationship pattern: -[ -- -> <- ]-( rather than a
	 * subtraction.
	 */
	private static boolean isArrow(List<Token> tokens, int i) {
		var previous = i > 0 ? tokens.get(i - 1) : null;
		var next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
		return next != null && (next.is("[") || next.is("-") || next.is(">"))
				|| previous != null && (previous.is("<") || previous.is("-") || previous.is("]"));
	}

	private static boolean follows(List<Token> tokens, int i, String symbol) {
		return i > 0 && tokens.get(i - 1).is(symbol);
	}

	private static boolean isWord(Token token, String... words) {
		if (token.kind() != Kind.WORD) {
			return false;
		}
		for (var word : words) {
			if (token.text().equalsIgnoreCase(word)) {
				return true;
			}
		}
		return false;
	}

	// --- parameters

	private Optional<String> parameters(Map<String, Object> parameters) {
		var size = new long[1];
		for (var value : parameters.values()) {
			var depth = measure(value, 1, size);
			if (depth > limits.maxParameterDepth()) {
				return Optional.of("the parameters nest lists and maps more than " + limits.maxParameterDepth()
						+ " deep (ironriver.cypher.max-parameter-depth)");
			}
			if (size[0] > limits.maxParameterSize()) {
				break;
			}
		}
		if (size[0] > limits.maxParameterSize()) {
			return Optional.of("the parameters are larger than " + limits.maxParameterSize()
					+ " (characters of text plus 8 a number or element; ironriver.cypher.max-parameter-size)");
		}
		return Optional.empty();
	}

	/**
	 * Adds the value's size to {@code size[0]} and answers its nesting depth; stops early
	 * past the caps.
	 */
	private int measure(Object value, int depth, long[] size) {
		if (depth > limits.maxParameterDepth() || size[0] > limits.maxParameterSize()) {
			return depth;
		}
		if (value instanceof CharSequence text) {
			size[0] += Math.max(8, text.length());
			return depth;
		}
		size[0] += 8;
		int deepest = depth;
		if (value instanceof Map<?, ?> map) {
			for (var entry : map.entrySet()) {
				size[0] += String.valueOf(entry.getKey()).length();
				deepest = Math.max(deepest, measure(entry.getValue(), depth + 1, size));
			}
		}
		else if (value instanceof List<?> list) {
			for (var element : list) {
				deepest = Math.max(deepest, measure(element, depth + 1, size));
			}
		}
		return deepest;
	}

	// --- regular expressions

	private Optional<String> regexOperand(List<Token> tokens, int at, Map<String, Object> parameters) {
		var operand = at < tokens.size() ? tokens.get(at) : null;
		var next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
		boolean alone = next == null || !(next.is("+") || next.is("-") || next.is("*") || next.is("/") || next.is("%")
				|| next.is("^") || next.is("[") || next.is(".") || next.is("(") || next.is(":"));
		if (operand == null || !alone || operand.kind() != Kind.STRING && operand.kind() != Kind.PARAMETER) {
			return Optional.of("the right side of =~ must be one string literal or one $parameter, so that the "
					+ "regular expression can be checked before it runs");
		}
		String pattern;
		if (operand.kind() == Kind.STRING) {
			pattern = operand.text();
		}
		else if (parameters.get(operand.text()) instanceof String text) {
			pattern = text;
		}
		else {
			// Not a string: the database refuses it as a type error, no regular
			// expression runs.
			return Optional.empty();
		}
		if (pattern.length() > limits.maxRegexLength()) {
			return Optional.of("the regular expression is " + pattern.length() + " characters long; at most "
					+ limits.maxRegexLength() + " are accepted (ironriver.cypher.max-regex-length)");
		}
		if (nestsRepetition(pattern)) {
			return Optional.of("the regular expression repeats a group that itself repeats or alternates "
					+ "(like (a+)+, (.*a){9} or (a|ab)*), which can take exponential time; write it without the "
					+ "nested repetition");
		}
		return Optional.empty();
	}

	/**
	 * Whether a repeated group (by {@code *}, {@code +}, or a count above one) holds a
	 * repetition or an alternation: the shapes where a backtracking matcher tries
	 * exponentially many ways to split the input.
	 */
	static boolean nestsRepetition(String pattern) {
		// One frame a group still open: does it hold a quantifier or an alternation?
		var open = new ArrayList<boolean[]>();
		open.add(new boolean[1]);
		boolean lastClosedGroupRisky = false;
		boolean lastWasGroup = false;
		int i = 0;
		int n = pattern.length();
		while (i < n) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				if (i + 1 < n && pattern.charAt(i + 1) == 'Q') {
					var end = pattern.indexOf("\\E", i + 2);
					i = end < 0 ? n : end + 2;
				}
				else {
					i += 2;
				}
				lastWasGroup = false;
				continue;
			}
			if (c == '[') {
				i = skipClass(pattern, i);
				lastWasGroup = false;
				continue;
			}
			if (c == '(') {
				i++;
				lastWasGroup = false;
				if (i < n && pattern.charAt(i) == '?') {
					var flags = FLAGS.matcher(pattern).region(i, n);
					if (flags.lookingAt()) {
						// (?i): flags, not a group.
						i = flags.end();
						continue;
					}
					// (?: (?= (?! (?> (?<= (?<! (?<name>: the prefix is no quantifier.
					var prefix = GROUP_PREFIX.matcher(pattern).region(i, n);
					if (prefix.lookingAt()) {
						i = prefix.end();
					}
				}
				open.add(new boolean[1]);
				continue;
			}
			if (c == ')') {
				var frame = open.size() > 1 ? open.remove(open.size() - 1) : open.get(0);
				lastClosedGroupRisky = frame[0];
				// A group that repeats inside makes its enclosing group repeat inside
				// too.
				if (frame[0]) {
					open.get(open.size() - 1)[0] = true;
				}
				lastWasGroup = true;
				i++;
				continue;
			}
			if (c == '|') {
				open.get(open.size() - 1)[0] = true;
				i++;
				lastWasGroup = false;
				continue;
			}
			int quantifierEnd = quantifier(pattern, i);
			if (quantifierEnd > i) {
				boolean repeats = repeatsMoreThanOnce(pattern.substring(i, quantifierEnd));
				if (lastWasGroup && lastClosedGroupRisky && repeats) {
					return true;
				}
				open.get(open.size() - 1)[0] = true;
				i = quantifierEnd;
				lastWasGroup = false;
				continue;
			}
			lastWasGroup = false;
			i++;
		}
		return false;
	}

	private static int skipClass(String pattern, int start) {
		int depth = 0;
		int i = start;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				depth++;
			}
			else if (c == ']' && i > start + 1) {
				depth--;
				if (depth == 0) {
					return i + 1;
				}
			}
			i++;
		}
		return pattern.length();
	}

	/**
	 * The end of a quantifier starting at {@code i} ({@code * + ? {n} {n,} {n,m}} and a
	 * lazy or possessive mark).
	 */
	private static int quantifier(String pattern, int i) {
		char c = pattern.charAt(i);
		int end;
		if (c == '*' || c == '+' || c == '?') {
			end = i + 1;
		}
		else if (c == '{') {
			var close = pattern.indexOf('}', i);
			if (close < 0 || !pattern.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
				return i;
			}
			end = close + 1;
		}
		else {
			return i;
		}
		if (end < pattern.length() && (pattern.charAt(end) == '?' || pattern.charAt(end) == '+')) {
			end++;
		}
		return end;
	}

	private static boolean repeatsMoreThanOnce(String quantifier) {
		char c = quantifier.charAt(0);
		if (c == '*' || c == '+') {
			return true;
		}
		if (c == '?') {
			return false;
		}
		var counts = quantifier.substring(1, quantifier.indexOf('}')).split(",", -1);
		if (counts.length == 1) {
			return Long.parseLong(counts[0]) > 1;
		}
		return counts[1].isEmpty() || Long.parseLong(counts[1]) > 1;
	}

	// --- range()

	private Optional<String> range(List<Token> tokens, int at, Map<String, Object> parameters) {
		var bounds = new ArrayList<Long>();
		int i = at;
		while (i < tokens.size()) {
			boolean negative = false;
			if (tokens.get(i).is("-")) {
				negative = true;
				i++;
			}
			if (i + 1 >= tokens.size()) {
				return Optional.empty();
			}
			var value = integer(tokens.get(i), parameters);
			var after = tokens.get(i + 1);
			if (value == null || !(after.is(",") || after.is(")"))) {
				// A computed bound: decided by the deadline, not here.
				return Optional.empty();
			}
			bounds.add(negative ? -value : value);
			i += 2;
			if (after.is(")")) {
				break;
			}
		}
		if (bounds.size() < 2 || bounds.size() > 3) {
			return Optional.empty();
		}
		long step = bounds.size() == 3 ? bounds.get(2) : 1;
		if (step == 0) {
			return Optional.empty();
		}
		double size = Math.floor(((double) bounds.get(1) - bounds.get(0)) / step) + 1;
		if (size > limits.maxRange()) {
			return Optional.of(String.format(Locale.ROOT,
					"range(%d, %d%s) would hold %.0f elements; at most %d are accepted (ironriver.cypher.max-range)",
					bounds.get(0), bounds.get(1), bounds.size() == 3 ? ", " + step : "", size, limits.maxRange()));
		}
		return Optional.empty();
	}

	private static Long integer(Token token, Map<String, Object> parameters) {
		if (token.kind() == Kind.NUMBER) {
			try {
				return Long.decode(token.text().replace("_", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (token.kind() == Kind.PARAMETER && parameters.get(token.text()) instanceof Number number
				&& !(number instanceof Double || number instanceof Float)) {
			return number.longValue();
		}
		return null;
	}

}
