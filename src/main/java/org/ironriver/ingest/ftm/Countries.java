package org.ironriver.ingest.ftm;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country values as FollowTheMoney data writes them ({@code "mx"}, {@code "MEX"},
 * {@code "Mexico"}, {@code "México"}, {@code "United States"}) read as ISO 3166 alpha-2
 * codes. The codes and names come from the JDK's ISO country list and its names in the
 * languages such data is written in, not from a hand-typed table; FtM's own code for
 * Kosovo and a few common short forms are added.
 */
final class Countries {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH,
			Locale.GERMAN, Locale.forLanguageTag("pt"), Locale.ITALIAN);

	/** Normalized name, alpha-2 or alpha-3 code → alpha-2 code (upper case). */
	private static final Map<String, String> BY_NAME = new HashMap<>();

	static {
		for (var code : Locale.getISOCountries()) {
			var locale = new Locale("", code);
			put(code, code);
			try {
				put(locale.getISO3Country(), code);
			}
			catch (java.util.MissingResourceException ex) {
				// a code without an alpha-3 form still has its names
			}
			for (var language : LANGUAGES) {
				put(locale.getDisplayCountry(language), code);
			}
		}
		// FtM writes Kosovo as xk, which ISO has not assigned
		put("XK", "XK");
		put("Kosovo", "XK");
		for (var alias : List.of("USA", "U.S.", "U.S.A.", "United States of America", "America")) {
			put(alias, "US");
		}
		for (var alias : List.of("UK", "Great Britain", "Britain")) {
			put(alias, "GB");
		}
		put("Russian Federation", "RU");
	}

	private Countries() {
	}

	private static void put(String name, String code) {
		BY_NAME.putIfAbsent(key(name), code);
	}

	/** Accents dropped, lower case, punctuation and spaces as one space. */
	private static String key(String text) {
		var plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** The ISO alpha-2 code (upper case, as the graph stores it), or empty. */
	static Optional<String> code(String value) {
		return value == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(value)));
	}

}
