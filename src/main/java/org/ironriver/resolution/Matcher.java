package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

/**
 * Finds candidate pairs without comparing every entity with every other: entities share a
 * block when they share a key (a licence number, a name's sorted words, a name with one
 * word left out, a street address, an identifier), and only pairs within a block are
 * scored. A block larger than {@link #MAX_BLOCK} is a common word or a chain's address,
 * not evidence, and is skipped (as a search engine skips stop words); a pair in it that
 * is one entity still meets in a smaller block (its licence, its full name).
 */
final class Matcher {

	static final int MAX_BLOCK = 50;

	/**
	 * Pairs scored since start, for the benchmark: how far blocking keeps from comparing
	 * every pair.
	 */
	static final AtomicLong COMPARED = new AtomicLong();

	private Matcher() {
	}

	/** A scored pair of profiles. */
	record Match(Profile left, Profile right, Scorer.Scored scored) {

	}

	/**
	 * Every pair at or above the threshold, best first.
	 * @param skip pairs not to suggest (judged, or already one cluster), by ids
	 */
	static List<Match> candidates(List<Profile> profiles, double threshold, BiPredicate<Profile, Profile> skip) {
		var blocks = new HashMap<String, List<Integer>>();
		for (int i = 0; i < profiles.size(); i++) {
			for (var key : keys(profiles.get(i))) {
				blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
			}
		}
		var seen = new HashSet<Long>();
		var matches = new ArrayList<Match>();
		for (var block : blocks.values()) {
			if (block.size() < 2 || block.size() > MAX_BLOCK) {
				continue;
			}
			for (int x = 0; x < block.size(); x++) {
				for (int y = x + 1; y < block.size(); y++) {
					int i = Math.min(block.get(x), block.get(y));
					int j = Math.max(block.get(x), block.get(y));
					if (i == j || !seen.add(((long) i << 32) | j)) {
						continue;
					}
					var a = profiles.get(i);
					var b = profiles.get(j);
					if (a.kind != b.kind || skip.test(a, b)) {
						continue;
					}
					COMPARED.incrementAndGet();
					var scored = Scorer.score(a, b, threshold);
					if (scored != null && scored.score() >= threshold) {
						matches.add(a.id.compareTo(b.id) <= 0 ? new Match(a, b, scored) : new Match(b, a, scored));
					}
				}
			}
		}
		matches.sort(Comparator.comparingDouble((Match m) -> -m.scored().score())
			.thenComparing(m -> m.left().id)
			.thenComparing(m -> m.right().id));
		return matches;
	}

	/** The blocking keys of one profile. */
	static Set<String> keys(Profile profile) {
		var keys = new HashSet<String>();
		var kind = profile.kind.name().charAt(0);
		if (profile.licenceKey != null) {
			keys.add("l:" + profile.licenceKey);
		}
		for (var sorted : profile.sortedKeys) {
			keys.add(kind + "n:" + sorted);
			var words = sorted.split(" ");
			if (words.length >= 3) {
				// One word left out: a typo in one word, or one word more, still meets
				// (not
				// from two words, whose one word left is no key).
				for (int leave = 0; leave < words.length; leave++) {
					var rest = new StringBuilder();
					for (int w = 0; w < words.length; w++) {
						if (w != leave) {
							rest.append(rest.isEmpty() ? "" : " ").append(words[w]);
						}
					}
					keys.add(kind + "d:" + rest);
				}
			}
		}
		if (profile.street != null && profile.zip != null) {
			keys.add("a:" + profile.street + "|" + profile.zip);
		}
		for (var identifier : profile.identifiers) {
			keys.add("i:" + identifier);
		}
		return keys;
	}

	/** Profiles by id, for the pairs a judgement names. */
	static Map<String, Profile> byId(List<Profile> profiles) {
		var map = new HashMap<String, Profile>(profiles.size() * 2);
		profiles.forEach(p -> map.put(p.id, p));
		return map;
	}

}
