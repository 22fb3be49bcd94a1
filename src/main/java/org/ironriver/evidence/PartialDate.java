package org.ironriver.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date as sources give it: a day, a month or a year. Stored in the graph as a Neo4j
 * date at the start (for {@code validFrom}) or the end (for {@code validTo}) of the
 * period, so {@code asOf} comparisons are exact.
 */
public record PartialDate(String text, LocalDate start, LocalDate end) {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** The earliest year a fact in this graph can plausibly be about. */
	public static final int MIN_YEAR = 1900;

	/** A month or a year, not a day. */
	public boolean partial() {
		return text.length() < 10;
	}

	public static PartialDate parse(String text) {
		var value = text.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
		}
		try {
			PartialDate date;
			switch (value.length()) {
				case 4 -> {
					int year = Integer.parseInt(value);
					date = new PartialDate(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
				}
				case 7 -> {
					var month = YearMonth.parse(value);
					date = new PartialDate(value, month.atDay(1), month.atEndOfMonth());
				}
				default -> {
					var day = LocalDate.parse(value);
					date = new PartialDate(value, day, day);
				}
			}
			if (date.start.getYear() < MIN_YEAR) {
				throw new IllegalArgumentException("'" + text + "' is before " + MIN_YEAR);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a valid date");
		}
	}
}
