package org.ironriver.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document a {@code Source} is: who speaks in it, and so how far a fact that
 * rests on it can be trusted before anyone has weighed it. The one list the curated data
 * and every importer take a {@code kind} from; a relationship given no confidence gets
 * its sources' default (the highest among them).
 */
public enum SourceKind {

	COURT_RECORD("court-record", 1.0, "a complaint, motion, docket entry, order or judgment in a case"),
	OPINION("opinion", 1.0, "a court's opinion, including an advisory opinion"),
	STATUTE("statute", 1.0, "the text of a law, treaty or resolution"),
	GOVERNMENT("government", 0.9, "a government body's own publication: GAO, CRS, ATF, a ministry, a legislature"),
	INTERGOVERNMENTAL("intergovernmental", 0.9, "a body of states: the United Nations, the OAS, their agencies"),
	ACADEMIC("academic", 0.7, "a scholarly article, a university or research institute study"),
	PRESS("press", 0.7, "a news organisation's report, interview or opinion column"),
	DATASET("dataset", 0.7, "a table of figures, or a compilation of one"),
	NGO("ngo", 0.5, "an advocacy group's, a trade association's or a campaign's publication"),
	REFERENCE("reference", 0.5, "an encyclopedia or compendium: Wikipedia, Ballotpedia and their mirrors"),
	BLOG("blog", 0.5, "a blog post, a law firm's note or a commentator's site"),
	UNKNOWN("unknown", 0.5, "a source whose kind the record does not say");

	private final String label;

	private final double defaultConfidence;

	private final String meaning;

	SourceKind(String label, double defaultConfidence, String meaning) {
		this.label = label;
		this.defaultConfidence = defaultConfidence;
		this.meaning = meaning;
	}

	/** The value of a Source's {@code kind} property, e.g. {@code court-record}. */
	public String label() {
		return label;
	}

	/** The confidence of a fact that rests on such a source and gives none of its own. */
	public double defaultConfidence() {
		return defaultConfidence;
	}

	public String meaning() {
		return meaning;
	}

	public static Optional<SourceKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var label = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
	}

	/** The refusal for a kind not on the list, naming the list. */
	public static String notAKind(String text) {
		return "kind '" + text + "' is not one of " + String.join(", ", labels());
	}

	public static List<String> labels() {
		return Arrays.stream(values()).map(SourceKind::label).toList();
	}

}
