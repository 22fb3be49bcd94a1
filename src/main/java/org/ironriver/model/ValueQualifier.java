package org.ironriver.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a published figure holds its number: "70%" is exact, "~200,000" approximately,
 * "more than 500,000" a lower bound. Stored on a {@code FlowObservation} as
 * {@code qualifier}, so a query can keep estimates and bounds apart from counts.
 */
public enum ValueQualifier {

	EXACT("="), APPROXIMATELY("~"), AT_LEAST(">="), AT_MOST("<="), MORE_THAN(">"), LESS_THAN("<");

	private final String symbol;

	ValueQualifier(String symbol) {
		this.symbol = symbol;
	}

	/** As stored: lower case with hyphens ({@code at-least}). */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The sign a figure is written with ({@code >=} for at least). */
	public String symbol() {
		return symbol;
	}

	public static Optional<ValueQualifier> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
		return Arrays.stream(values())
			.filter(q -> q.label().equals(normalized) || q.symbol.equals(normalized))
			.findFirst();
	}

	public static String labels() {
		return Arrays.stream(values()).map(ValueQualifier::label).collect(Collectors.joining(", "));
	}

}
