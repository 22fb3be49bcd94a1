package org.ironriver.ingest.ffl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.ingest.RowError;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;

/**
 * Checks one line of an ATF FFL listing against the published format and turns it into a
 * {@link FflRow}.
 */
final class FflParser {

	static final List<String> HEADER = List.of("LIC_REGN", "LIC_DIST", "LIC_CNTY", "LIC_TYPE", "LIC_XPRDTE", "LIC_SEQN",
			"LICENSE_NAME", "BUSINESS_NAME", "PREMISE_STREET", "PREMISE_CITY", "PREMISE_STATE", "PREMISE_ZIP_CODE",
			"MAIL_STREET", "MAIL_CITY", "MAIL_STATE", "MAIL_ZIP_CODE", "VOICE_PHONE");

	/**
	 * Licence types of the listing; 07/10 make firearms or destructive devices, 08/11
	 * import them.
	 */
	static final Set<String> LICENCE_TYPES = Set.of("01", "02", "03", "06", "07", "08", "09", "10", "11");

	static final int MAX_FIELD_CHARS = 300;

	private static final Pattern[] FORMATS = new Pattern[HEADER.size()];

	private static final String[] FORMAT_TEXT = new String[HEADER.size()];

	static {
		format(FflRow.REGION, "\\d", "one digit");
		format(FflRow.DISTRICT, "\\d{2}", "two digits");
		format(FflRow.COUNTY, "\\d{3}", "three digits");
		format(FflRow.EXPIRY, "\\d[A-L]", "a year digit and a month letter A-L, e.g. 4K");
		format(FflRow.SEQUENCE, "\\d{5}", "five digits");
		format(FflRow.PREMISE_ZIP, "\\d{5}(-?\\d{4})?", "a 5 or 9 digit ZIP code");
		format(FflRow.MAIL_ZIP, "(\\d{5}(-?\\d{4})?)?", "a 5 or 9 digit ZIP code or empty");
		format(FflRow.PHONE, "[0-9()+. -]{0,20}", "a phone number or empty");
	}

	private static void format(int column, String regex, String text) {
		FORMATS[column] = Pattern.compile(regex);
		FORMAT_TEXT[column] = text;
	}

	private FflParser() {
	}

	/** The header problem, or null when the header is the listing's. */
	static String headerProblem(String header) {
		var names = List.of(header.strip().split("\t", -1));
		if (names.equals(HEADER)) {
			return null;
		}
		if (!header.contains("\t") && header.contains(",")) {
			return "wrong delimiter: the header is comma-separated; the FFL listing is tab-delimited";
		}
		if (!header.contains("\t") && header.contains(";")) {
			return "wrong delimiter: the header is semicolon-separated; the FFL listing is tab-delimited";
		}
		if (!header.contains("\t") && header.contains("|")) {
			return "wrong delimiter: the header is pipe-separated; the FFL listing is tab-delimited";
		}
		return "header must be " + String.join("<TAB>", HEADER) + " but is " + header.replace("\t", "<TAB>");
	}

	/** Parses one data line; returns null and adds its errors when it is invalid. */
	static FflRow parse(String file, long line, String text, List<RowError> errors) {
		var fields = split(text);
		if (fields.length != HEADER.size()) {
			errors.add(new RowError(file, line, null,
					"wrong column count: " + fields.length + " columns, expected " + HEADER.size()
							+ (fields.length == 1 && text.contains(",")
									? " (comma-delimited? the listing is tab-delimited)" : "")));
			return null;
		}
		int before = errors.size();
		for (int i = 0; i < fields.length; i++) {
			var value = fields[i].strip();
			fields[i] = value;
			var column = HEADER.get(i);
			if (value.length() > MAX_FIELD_CHARS) {
				errors.add(new RowError(file, line, column,
						"field is " + value.length() + " characters long (at most " + MAX_FIELD_CHARS + ")"));
				continue;
			}
			var control = controlCharacter(value);
			if (control != null) {
				errors.add(new RowError(file, line, column, "contains the control character " + control));
				continue;
			}
			if (FORMATS[i] != null && !FORMATS[i].matcher(value).matches()) {
				errors.add(new RowError(file, line, column, "'" + shorten(value) + "' is not " + FORMAT_TEXT[i]));
			}
		}
		if (!LICENCE_TYPES.contains(fields[FflRow.TYPE])) {
			errors.add(new RowError(file, line, "LIC_TYPE", "bad licence type '" + shorten(fields[FflRow.TYPE])
					+ "' (one of " + String.join(", ", LICENCE_TYPES.stream().sorted().toList()) + ")"));
		}
		if (fields[FflRow.LICENSE_NAME].isEmpty()) {
			errors.add(new RowError(file, line, "LICENSE_NAME", "missing licence name"));
		}
		if (fields[FflRow.PREMISE_STREET].isEmpty()) {
			errors.add(new RowError(file, line, "PREMISE_STREET", "missing premises street"));
		}
		if (EntityIds.slug(fields[FflRow.PREMISE_CITY]).isEmpty()) {
			errors.add(new RowError(file, line, "PREMISE_CITY", "missing premises city"));
		}
		if (UsStates.byCode(fields[FflRow.PREMISE_STATE]) == null) {
			errors.add(new RowError(file, line, "PREMISE_STATE",
					"unknown state '" + shorten(fields[FflRow.PREMISE_STATE]) + "'"));
		}
		if (!fields[FflRow.MAIL_STATE].isEmpty() && UsStates.byCode(fields[FflRow.MAIL_STATE]) == null) {
			errors.add(new RowError(file, line, "MAIL_STATE",
					"unknown state '" + shorten(fields[FflRow.MAIL_STATE]) + "'"));
		}
		if (errors.size() > before) {
			return null;
		}
		fields[FflRow.PREMISE_STATE] = fields[FflRow.PREMISE_STATE].toUpperCase(java.util.Locale.ROOT);
		var type = switch (fields[FflRow.TYPE]) {
			case "07", "10" -> NodeType.MANUFACTURER;
			case "08", "11" -> NodeType.IMPORTER;
			default -> NodeType.DEALER;
		};
		var cityKey = fields[FflRow.PREMISE_STATE] + "|"
				+ fields[FflRow.PREMISE_CITY].toUpperCase(java.util.Locale.ROOT);
		return new FflRow(line, fields, type, cityKey);
	}

	private static String[] split(String text) {
		var parts = new ArrayList<String>(HEADER.size());
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\t') {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts.toArray(String[]::new);
	}

	static String controlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7F || c == '\uFEFF' || c == '\uFFFD') {
				return "U+%04X".formatted((int) c);
			}
		}
		return null;
	}

	static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
