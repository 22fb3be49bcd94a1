package org.ironriver.ingest.trace;

import java.util.Locale;
import java.util.regex.Pattern;

import org.ironriver.model.ValueQualifier;

/**
 * A figure as publishers write it: {@code 1234.5}, {@code 212,887}, {@code ~200,000},
 * {@code >40}, {@code at least 500000}, {@code 40%}, or a range {@code 89,816–359,205}
 * (low and high, no central value: none is invented).
 *
 * @param value the number, or null for a range given without one
 * @param qualifier how the number holds
 * @param low the range's low end, or null
 * @param high the range's high end, or null
 */
record Figure(Number value, ValueQualifier qualifier, Number low, Number high) {

	/**
	 * One number: digits with an optional fraction, thousands grouped by commas or not.
	 */
	private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

	private static final Pattern RANGE = Pattern
		.compile("(" + NUMBER + ")\\s*%?\\s*(?:-|–|—|to|and)\\s*(" + NUMBER + ")\\s*%?", Pattern.CASE_INSENSITIVE);

	private static final Pattern SINGLE = Pattern.compile("(" + NUMBER + ")\\s*%?");

	/** Words and signs before a number, longest first. */
	private static final String[][] PREFIXES = { { "approximately", "~" }, { "about", "~" }, { "around", "~" },
			{ "nearly", "~" }, { "≈", "~" }, { "~", "~" }, { "at least", ">=" }, { "≥", ">=" }, { ">=", ">=" },
			{ "at most", "<=" }, { "up to", "<=" }, { "≤", "<=" }, { "<=", "<=" }, { "more than", ">" },
			{ "over", ">" }, { ">", ">" }, { "less than", "<" }, { "fewer than", "<" }, { "under", "<" },
			{ "<", "<" } };

	/** Thrown with the reason a text is not a figure. */
	static final class NotAFigure extends Exception {

		NotAFigure(String reason) {
			super(reason, null, false, false);
		}

	}

	static Figure parse(String text) throws NotAFigure {
		var rest = text.strip();
		if (rest.startsWith("-")) {
			throw new NotAFigure("'" + text + "' is not a non-negative number");
		}
		ValueQualifier qualifier = ValueQualifier.EXACT;
		var lower = rest.toLowerCase(Locale.ROOT);
		for (var prefix : PREFIXES) {
			if (lower.startsWith(prefix[0])) {
				qualifier = ValueQualifier.parse(prefix[1]).orElseThrow();
				rest = rest.substring(prefix[0].length()).strip();
				break;
			}
		}
		var range = RANGE.matcher(rest);
		if (range.matches()) {
			if (qualifier != ValueQualifier.EXACT) {
				throw new NotAFigure("a range takes no qualifier ('" + text + "')");
			}
			var low = number(range.group(1));
			var high = number(range.group(2));
			if (high.doubleValue() < low.doubleValue()) {
				throw new NotAFigure("the range '" + text + "' ends below its start");
			}
			return new Figure(null, qualifier, low, high);
		}
		var single = SINGLE.matcher(rest);
		if (single.matches()) {
			return new Figure(number(single.group(1)), qualifier, null, null);
		}
		throw new NotAFigure("'" + text + "' is not a figure (write 1234.5, 212,887, ~200000, >40, 40%,"
				+ " or a range 89816-359205)");
	}

	/** A non-negative number, whole numbers as integers. */
	static Number number(String text) {
		double number = Double.parseDouble(text.replace(",", "").replace("_", ""));
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Number) (long) number : number;
	}

}
