package org.ironriver.export;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * How to produce a report again: the API request and the command line that give the same
 * answer on the same data.
 *
 * @param apiUrl the path and query of the API request (relative to the application)
 * @param command the {@code ironriver export ...} command line
 */
public record Rerun(String apiUrl, String command) {

	private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._:,/=-]+");

	/** A query parameter value, encoded ('+' too, which a form reads as a space). */
	public static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

	/** A command-line argument, single-quoted for a POSIX shell when it needs it. */
	public static String quote(String value) {
		return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
	}

}
