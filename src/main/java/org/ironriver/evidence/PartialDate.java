package org.ironriver.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
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

	/** A blank or absent value is no date; anything else must parse. */
	public static PartialDate parseOptional(String text) {
		return text == null || text.isBlank() ? null : parse(text);
	}

	/**
	 * A month, as a listing is dated: the same rule as {@link #parse}, at month
	 * precision.
	 */
	public static YearMonth parseMonth(String text) {
		var date = parse(text);
		if (date.text().length() != 7) {
			throw new IllegalArgumentException("'" + text + "' is not a month (YYYY-MM)");
		}
		return YearMonth.from(date.start());
	}

	/** The date begins after {@code day}: a fact dated so is in the future. */
	public boolean isAfter(LocalDate day) {
		return start.isAfter(day);
	}

	/**
	 * Stores the date as a node property: its first day under {@code key}, and the text
	 * as written under {@code key + "Text"} when it is a month or a year, so "2023-06" is
	 * not shown as "2023-06-01".
	 */
	public void putInto(Map<String, Object> properties, String key) {
		properties.put(key, start);
		if (text.length() < 10) {
			properties.put(key + "Text", text);
		}
	}

	/**
	 * As {@link #putInto}, but the last day it covers: the end of a period ("2018" ends
	 * on 2018-12-31).
	 */
	public void putEndInto(Map<String, Object> properties, String key) {
		properties.put(key, end());
		if (text.length() < 10) {
			properties.put(key + "Text", text);
		}
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

	/** The text of a month or a year, null for a full date (or none). */
	public static String partialText(PartialDate date) {
		return date == null || date.text().length() == 10 ? null : date.text();
	}

	/**
	 * A stored date as the source gave it: the partial text when there is one ("2022-10",
	 * "2023"), otherwise the date itself; null when there is no date.
	 */
	public static String asWritten(LocalDate date, String partialText) {
		if (partialText != null && !partialText.isBlank()) {
			return partialText;
		}
		return date == null ? null : date.toString();
	}

	/**
	 * The date a stored property and its text stand for, so a rewrite keeps "2022-10" as
	 * a month rather than as its first day.
	 */
	public static PartialDate ofStored(LocalDate date, Object partialText) {
		if (date == null) {
			return null;
		}
		if (partialText instanceof String text && !text.isBlank()) {
			return parse(text);
		}
		return new PartialDate(date.toString(), date, date);
	}

}
