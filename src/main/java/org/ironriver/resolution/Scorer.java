package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The score of a pair: the sum of the weights of the features that matched or conflicted,
 * clamped to 0..1. The weights are set so that no single kind of evidence but a shared
 * identifier decides alone at the default threshold: a name alone (0.5) is never enough,
 * a name with an address, a licence number, a birth date or a d/b/a and a city is; a
 * conflict in strong evidence (another licence number, another birth date) outweighs a
 * name. A move (same licence, new address) costs nothing, since licensees move.
 */
final class Scorer {

	/**
	 * The score at or above which a pair is a candidate, unless a request says otherwise.
	 */
	static final double DEFAULT_THRESHOLD = 0.7;

	static final double NAME = 0.5;

	static final double NAME_REORDERED = 0.45;

	/** Times the similarity (at least {@link #SIMILAR}) of two names one typo apart. */
	static final double NAME_SIMILAR = 0.5;

	static final double SIMILAR = 0.85;

	/** A second name form agreeing too: the legal name and the d/b/a, or an alias. */
	static final double SECOND_NAME = 0.15;

	static final double LICENCE = 0.6;

	static final double LICENCE_CONFLICT = -0.9;

	static final double ADDRESS = 0.3;

	/**
	 * The same city: more for businesses than for people, since two shops of one name in
	 * one city are rare and two people of one name in one city are not.
	 */
	static final double CITY_BUSINESS = 0.2;

	static final double CITY_PERSON = 0.1;

	static final double STATE = 0.05;

	static final double BIRTH_DATE = 0.3;

	static final double BIRTH_DATE_CONFLICT = -0.9;

	static final double IDENTIFIER = 0.7;

	static final double COUNTRY = 0.05;

	static final double COUNTRY_CONFLICT = -0.3;

	private Scorer() {
	}

	/** The features of a pair and their total; the kinds must be the same. */
	static Scored score(Profile a, Profile b) {
		return score(a, b, Double.NEGATIVE_INFINITY);
	}

	/**
	 * As {@link #score(Profile, Profile)}, or null when the pair cannot reach
	 * {@code threshold}: the features that cost nothing to compare are summed first, and
	 * when even the best name agreement could not lift them to the threshold the names
	 * are not compared (most pairs a block brings together differ in licence number).
	 */
	static Scored score(Profile a, Profile b, double threshold) {
		var features = new ArrayList<Feature>(6);
		if (a.licenceKey != null && b.licenceKey != null) {
			features.add(a.licenceKey.equals(b.licenceKey) ? new Feature("licenceNumber", LICENCE, a.licenceKey)
					: new Feature("licenceNumber conflict", LICENCE_CONFLICT, a.licenceKey + " ≠ " + b.licenceKey));
		}
		if (a.street != null && a.street.equals(b.street) && a.zip != null && a.zip.equals(b.zip)) {
			features.add(new Feature("address", ADDRESS, a.street + " " + a.zip));
		}
		else if (a.city != null && a.city.equals(b.city) && a.state != null && a.state.equals(b.state)) {
			features.add(new Feature("city", a.kind == Profile.Kind.PERSON ? CITY_PERSON : CITY_BUSINESS,
					a.city + ", " + a.state));
		}
		else if (a.state != null && a.state.equals(b.state)) {
			features.add(new Feature("state", STATE, a.state));
		}
		if (a.birthDate != null && b.birthDate != null) {
			features.add(a.birthDate.equals(b.birthDate) ? new Feature("birthDate", BIRTH_DATE, a.birthDate)
					: new Feature("birthDate conflict", BIRTH_DATE_CONFLICT, a.birthDate + " ≠ " + b.birthDate));
		}
		for (var identifier : a.identifiers) {
			if (b.identifiers.contains(identifier)) {
				features.add(new Feature("identifier", IDENTIFIER, identifier));
				break;
			}
		}
		if (!a.countries.isEmpty() && !b.countries.isEmpty()) {
			var shared = a.countries.stream().filter(b.countries::contains).findFirst();
			features.add(shared.isPresent() ? new Feature("country", COUNTRY, shared.get())
					: new Feature("country conflict", COUNTRY_CONFLICT, a.countries + " ≠ " + b.countries));
		}
		if (Math.max(0, sum(features) + NAME + SECOND_NAME) < threshold) {
			return null;
		}
		names(a, b, features);
		double total = sum(features);
		return new Scored(round(Math.max(0, Math.min(1, total))), List.copyOf(features));
	}

	private static double sum(List<Feature> features) {
		double total = 0;
		for (var feature : features) {
			total += feature.weight();
		}
		return total;
	}

	/**
	 * The best agreement between the two sides' name forms, then a second, distinct one
	 * if there is: "Witmer Public Safety Group, Inc. d/b/a Interstate Arms" agrees with a
	 * licensee named Witmer Public Safety Group doing business as Interstate Arms twice.
	 */
	private static void names(Profile a, Profile b, List<Feature> features) {
		Feature best = null;
		String bestA = null;
		String bestB = null;
		for (var x : a.keys) {
			for (var y : b.keys) {
				var feature = compare(a, x, b, y);
				if (feature != null && (best == null || feature.weight() > best.weight())) {
					best = feature;
					bestA = x;
					bestB = y;
				}
			}
		}
		if (best == null) {
			return;
		}
		features.add(0, best);
		for (var x : a.keys) {
			for (var y : b.keys) {
				if (!x.equals(bestA) && !y.equals(bestB) && x.equals(y)) {
					features.add(1, new Feature("second name", SECOND_NAME, "'" + x + "'"));
					return;
				}
			}
		}
	}

	private static Feature compare(Profile a, String x, Profile b, String y) {
		var label = form(a, x) + " ↔ " + form(b, y);
		if (x.equals(y)) {
			return new Feature(label, NAME, "'" + x + "'");
		}
		if (NameForms.sortWords(x).equals(NameForms.sortWords(y))) {
			return new Feature(label + " (reordered)", NAME_REORDERED, "'" + x + "' ~ '" + y + "'");
		}
		double similarity = NameForms.similarity(x, y);
		if (similarity >= SIMILAR) {
			return new Feature(label + " (similar)", round(NAME_SIMILAR * similarity),
					String.format(Locale.ROOT, "'%s' ~ '%s' (%.2f)", x, y, similarity));
		}
		return null;
	}

	private static String form(Profile profile, String key) {
		return profile.primaryKeys.contains(key) ? "name" : profile.dbaKeys.contains(key) ? "d/b/a" : "alias";
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** A pair's score and the features it sums. */
	record Scored(double score, List<Feature> features) {

	}

}
