package org.ironriver.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ironriver.problems.BadRequestException;

/**
 * Business ids: stable, readable keys such as {@code mx-v-sw-dmass},
 * {@code ffl-9-86-01234} or {@code MX}. The same rule applies to ids in data files and in
 * requests.
 */
public final class EntityIds {

	public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

	/**
	 * Letters that Unicode does not decompose into a base letter and a mark, written as
	 * English-language sources write them ("Straße" as "strasse", "Łódź" as "lodz").
	 */
	private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(Map.entry('ß', "ss"),
			Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"), Map.entry('ł', "l"), Map.entry('đ', "d"),
			Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('ŀ', "l"));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

	/**
	 * At most this long, so a slug with a prefix ({@code person-}) or a suffix
	 * ({@code -az}) stays within the 128 characters of an id.
	 */
	static final int MAX_SLUG_LENGTH = 80;

	private EntityIds() {
	}

	/**
	 * The one rule that turns a name into the words of an id: lower-case ASCII letters
	 * and digits, every other run of characters one '-'. Accented letters are
	 * transliterated, not dropped: "Cañon City" is {@code canon-city}, "Straße" is
	 * {@code strasse}, "St. Louis" is {@code st-louis}. Compatibility decomposition
	 * (NFKD) also turns ligatures and full-width letters into plain ones.
	 */
	public static String slug(String text) {
		if (text == null) {
			return "";
		}
		var lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		var ascii = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			var replacement = TRANSLITERATIONS.get(c);
			if (replacement != null) {
				ascii.append(replacement);
			}
			else {
				ascii.append(c);
			}
		}
		var words = NOT_ID_CHARACTERS.matcher(MARKS.matcher(ascii).replaceAll("")).replaceAll("-");
		var slug = trimHyphens(words);
		return slug.length() > MAX_SLUG_LENGTH ? trimHyphens(slug.substring(0, MAX_SLUG_LENGTH)) : slug;
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

	public static boolean isValid(String id) {
		return id != null && PATTERN.matcher(id).matches();
	}

	/** Rejects with 400 what cannot be an id, so it never reaches a query. */
	public static String requireValid(String id, String parameter) {
		if (!isValid(id)) {
			throw new BadRequestException(
					parameter + " must be an id of letters, digits and . _ : - (at most 128 characters)");
		}
		return id;
	}

}
