package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.model.EntityIds;

/**
 * The forms names are compared in. Built on the project's one normalization rule,
 * {@link EntityIds#slug} (transliterated, lower-case ASCII words), so "Cañon Arms" and
 * "CANON ARMS" are one name here as they are one id; on top of it only what matching
 * needs and an id must not do: legal forms dropped ("Inc.", "LLC") and names split at
 * "d/b/a".
 */
final class NameForms {

	/**
	 * Words that say what kind of company it is, not which: "Diamondback Shooting Sports,
	 * Inc." and "DIAMONDBACK SHOOTING SPORTS" are one name.
	 */
	static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "co", "corp", "corporation", "company",
			"ltd", "limited", "lp", "llp", "plc", "pllc", "sa", "spa", "gmbh", "ag", "the");

	/**
	 * "doing business as" and "also known as" in the ways listings and filings write
	 * them; the parts on either side are names of the same actor.
	 */
	private static final Pattern DBA = Pattern.compile(
			"(?i)(?:^|\\s|,)(?:d\\s*/\\s*b\\s*/\\s*a|d\\.b\\.a\\.?|dba|doing business as|a\\s*/\\s*k\\s*/\\s*a|aka|t\\s*/\\s*a)(?=\\s|$)");

	private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");

	private NameForms() {
	}

	/** The words of a name as compared: slug words without legal forms. */
	static List<String> words(String name) {
		// An apostrophe joins, it does not separate: ATF lists "SPRAGUES SPORTS" for
		// "Sprague's Sports".
		var slug = EntityIds.slug(name == null ? null : APOSTROPHES.matcher(name).replaceAll(""));
		if (slug.isEmpty()) {
			return List.of();
		}
		var words = new ArrayList<String>();
		for (var word : slug.split("-")) {
			if (!LEGAL_FORMS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** A name's comparison key: its words in order, one space apart. */
	static String key(String name) {
		return String.join(" ", words(name));
	}

	/** The same words sorted: "SMITH JOHN" and "John Smith" have one sorted key. */
	static String sortedKey(String name) {
		var words = words(name).toArray(String[]::new);
		Arrays.sort(words);
		return String.join(" ", words);
	}

	/** A key's words sorted (a key is already normalized: only the order changes). */
	static String sortWords(String key) {
		var words = key.split(" ");
		Arrays.sort(words);
		return String.join(" ", words);
	}

	/**
	 * The parts of "A d/b/a B": {@code [A, B]}; a name without d/b/a is its one part.
	 */
	static List<String> parts(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		var parts = new ArrayList<String>();
		for (var part : DBA.split(name)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	/**
	 * How alike two keys are, 0 to 1: one minus the edit distance over the longer length.
	 * Catches typos ("FRONTEIR"), not different names.
	 */
	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		int longer = Math.max(a.length(), b.length());
		if (longer == 0 || Math.abs(a.length() - b.length()) > longer * (1 - Scorer.SIMILAR)) {
			return 0.0;
		}
		return 1.0 - (double) distance(a, b) / longer;
	}

	/**
	 * Edit distance where swapping two neighbouring letters is one edit (optimal string
	 * alignment), as typing errors are.
	 */
	private static int distance(String a, String b) {
		var before = new int[b.length() + 1];
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = value;
			}
			var swap = before;
			before = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
