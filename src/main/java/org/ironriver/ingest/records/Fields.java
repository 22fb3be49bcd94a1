package org.ironriver.ingest.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ironriver.evidence.PartialDate;
import org.ironriver.ingest.RowError;
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
