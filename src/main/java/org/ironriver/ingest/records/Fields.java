package org.ironriver.ingest.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ironriver.evidence.PartialDate;
import org.ironriver.ingest.RowError;
import org.ironriver.model.EntityProperties;
import org.ironriver.model.SourceKind;

/**
 * Checks of single values shared by the record formats; each failure is one
 * {@link RowError} naming the column.
 */
public final class Fields {

	/**
	 * Longer names are rejected: no real name is that long, and huge values are usually a
	 * broken quote.
	 */
	public static final int MAX_NAME = 500;

	/** Quotes and captions may be long, but not unbounded. */
	public static final int MAX_TEXT = 10_000;

	private final String file;

	private final long line;

	private final List<RowError> errors;

	public Fields(String file, long line, List<RowError> errors) {
		this.file = file;
		this.line = line;
		this.errors = errors;
	}

	public void error(String column, String reason) {
		errors.add(new RowError(file, line, column, reason));
	}

	public boolean ok() {
		return errors.isEmpty();
	}

	/**
	 * A text value: no control characters, byte-order marks or replacement characters, at
	 * most {@code max} long.
	 */
	public String text(String column, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(column, "is required");
			}
			return null;
		}
		var text = value.strip();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFEFF' || c == '\uFFFD') {
				error(column,
						"contains the invisible or invalid character U+%04X (wrong encoding?)".formatted((int) c));
				return null;
			}
		}
		if (text.length() > max) {
			error(column, "is " + text.length() + " characters long; at most " + max + " are allowed");
			return null;
		}
		return text;
	}

	public String name(String column, String value, boolean required) {
		var text = text(column, value, required, MAX_NAME);
		if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0)) {
			error(column, "contains a line break or tab");
			return null;
		}
		if (text != null && Names.normalize(text).isEmpty()) {
			error(column, "'" + text + "' has no letters or digits");
			return null;
		}
		return text;
	}

	/**
	 * A date as sources give it (YYYY, YYYY-MM, YYYY-MM-DD), from 1900; not in the future
	 * unless allowed.
	 */
	public PartialDate date(String column, String value, boolean futureAllowed) {
		var text = text(column, value, false, 32);
		if (text == null) {
			return null;
		}
		try {
			var date = PartialDate.parse(text);
			if (!futureAllowed && date.isAfter(LocalDate.now())) {
				error(column, "'" + text + "' is in the future");
				return null;
			}
			return date;
		}
		catch (IllegalArgumentException ex) {
			error(column, ex.getMessage());
			return null;
		}
	}

	/**
	 * A source kind from {@link SourceKind}'s list, or {@code fallback} when blank; any
	 * other value is an error.
	 */
	public SourceKind sourceKind(String column, String value, SourceKind fallback) {
		var text = text(column, value, false, 64);
		if (text == null) {
			return fallback;
		}
		var kind = SourceKind.parse(text);
		if (kind.isEmpty()) {
			error(column, SourceKind.notAKind(shorten(text)));
			return null;
		}
		return kind.get();
	}

	/** An absolute http(s) URL. */
	public String url(String column, String value, boolean required) {
		var text = text(column, value, required, 2_000);
		if (text == null) {
			return null;
		}
		var lower = text.toLowerCase(Locale.ROOT);
		if (!(lower.startsWith("http://") || lower.startsWith("https://")) || text.contains(" ")) {
			error(column, "'" + shorten(text) + "' is not an http(s) URL");
			return null;
		}
		try {
			Names.normalizeUrl(text);
			return text;
		}
		catch (IllegalArgumentException ex) {
			error(column, "'" + shorten(text) + "' is not a valid URL");
			return null;
		}
	}

	/**
	 * A property value read as its kind and put into {@code properties}: a number, a
	 * whole number, true/false, a list separated by {@code ;}, or a date kept as written
	 * (with its {@code …Text}).
	 */
	public void typed(String column, String value, EntityProperties.Kind kind, String name,
			Map<String, Object> properties) {
		switch (kind) {
			case TEXT -> {
				var text = text(column, value, false, MAX_TEXT);
				if (text != null) {
					properties.put(name, text);
				}
			}
			case TEXT_LIST -> {
				var items = new ArrayList<String>();
				for (var item : value.split(";")) {
					var text = text(column, item, false, MAX_NAME);
					if (text != null) {
						items.add(text);
					}
				}
				properties.put(name, items);
			}
			case INTEGER, NUMBER -> {
				try {
					var number = new java.math.BigDecimal(value.strip());
					if (kind == EntityProperties.Kind.INTEGER) {
						properties.put(name, number.longValueExact());
					}
					else {
						properties.put(name,
								number.stripTrailingZeros().scale() <= 0
										&& number.abs().compareTo(java.math.BigDecimal.valueOf(1e15)) < 0
												? (Object) number.longValue() : (Object) number.doubleValue());
					}
				}
				catch (NumberFormatException | ArithmeticException ex) {
					error(column, "'" + shorten(value) + "' is not " + (kind == EntityProperties.Kind.INTEGER
							? "a whole number" : "a number (write 1234.5, no thousands separators)"));
				}
			}
			case BOOLEAN -> {
				var text = value.strip().toLowerCase(Locale.ROOT);
				if (text.equals("true") || text.equals("false")) {
					properties.put(name, Boolean.parseBoolean(text));
				}
				else {
					error(column, "'" + shorten(value) + "' is not true or false");
				}
			}
			case DATE -> {
				var date = date(column, value, false);
				if (date != null) {
					date.putInto(properties, name);
				}
			}
		}
	}

	/** A confidence between 0 and 1, or null when blank. */
	public Double confidence(String column, String value) {
		var text = text(column, value, false, 32);
		if (text == null) {
			return null;
		}
		try {
			double confidence = Double.parseDouble(text);
			if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
				error(column, "'" + text + "' is not between 0 and 1");
				return null;
			}
			return confidence;
		}
		catch (NumberFormatException ex) {
			error(column, "'" + shorten(text) + "' is not a number between 0 and 1");
			return null;
		}
	}

	public static String shorten(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "…";
	}

}
