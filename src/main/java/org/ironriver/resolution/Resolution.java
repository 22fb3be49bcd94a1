package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolution without the graph: entity records in, scored candidate pairs out. The
 * service runs it on what the graph holds, the benchmark on generated records; both run
 * this same code.
 */
public final class Resolution {

	/** The default threshold: see {@link Scorer} for what it takes to reach it. */
	public static final double DEFAULT_THRESHOLD = Scorer.DEFAULT_THRESHOLD;

	/** The type labels resolution compares; every other entity is left out. */
	public static final Set<String> TYPES = Set.of("Dealer", "Importer", "Manufacturer", "Distributor", "Organization",
			"Person");

	/** Pairs scored in this JVM so far (the benchmark prints it). */
	public static long compared() {
		return Matcher.COMPARED.get();
	}

	private Resolution() {
	}

	/**
	 * Candidate pairs at or above the threshold, best first.
	 * @param skip pairs (by ids, smaller id first) that are not to be suggested
	 */
	public static List<Candidate> candidates(List<EntityRecord> records, double threshold, Set<String> skip,
			Map<String, String> standing) {
		var profiles = new ArrayList<Profile>(records.size());
		for (var record : records) {
			profiles.add(record.profile());
		}
		var matches = Matcher.candidates(profiles, threshold,
				(a, b) -> (a.canonicalId != null && a.canonicalId.equals(b.canonicalId))
						|| skip.contains(pairKey(a.id, b.id)));
		var candidates = new ArrayList<Candidate>(matches.size());
		for (var match : matches) {
			candidates.add(new Candidate(Candidate.Side.of(match.left()), Candidate.Side.of(match.right()),
					match.scored().score(), match.scored().features(),
					standing.get(pairKey(match.left().id, match.right().id))));
		}
		return candidates;
	}

	/** The score and features of one pair, as a judgement records them. */
	public static Candidate score(EntityRecord left, EntityRecord right) {
		var a = left.profile();
		var b = right.profile();
		var scored = a.kind == b.kind ? Scorer.score(a, b)
				: new Scorer.Scored(0.0, List.of(new Feature("kind conflict", 0.0, a.type + " ≠ " + b.type)));
		return new Candidate(Candidate.Side.of(a), Candidate.Side.of(b), scored.score(), scored.features(), null);
	}

	/** The key of an unordered pair: the two ids, smaller first. */
	public static String pairKey(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
	}

}
