package org.ironriver.ingest.synthetic;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;

/**
 * Case-level flows from a seed, FinCEN-style (each event a node): purchases at dealers by
 * buyers, the firearms they included, traffickings of some of them to a country,
 * recoveries and firearm traces back to the selling dealer. One generator feeds both the
 * benchmark's store writer and {@code generate --kind cases} (facts rows), so the file a
 * user imports and the graph the benchmark measures have the same shape.
 *
 * <p>
 * The shape, for F firearms over D dealers: purchases of one gun (a tenth of two), 8%
 * straw purchases of 2 to 5 guns made for another person; buyers shared, F/4 people, of
 * whom F/200 form the rings behind the straw purchases (so a ring member buys several
 * times); a fifth of the purchases at the 1% high-volume dealers (every hundredth dealer,
 * the ones {@code SyntheticGraph} also has sued), the rest at any dealer; 90% of straw
 * purchases and 10% of the others trafficked, 85% to MX, else HT, JM or DO; 60% of
 * trafficked and 25% of other firearms recovered (in the destination, or in the US with a
 * tenth in MX), 85% of recoveries traced to the dealer and the buyer. F = 1,000,000 gives
 * about 2.8M nodes and 4.7M relationships. Countries are indices into {@link #COUNTRIES},
 * dealers indices 0..D-1; both are the sink's to resolve.
 */
public final class SyntheticCases {

	/** The countries the flows reach, in SyntheticGraph's order. */
	public static final String[] COUNTRIES = { "US", "MX", "HT", "JM", "DO" };

	public static final String[] COUNTRY_NAMES = { "United States", "Mexico", "Haiti", "Jamaica",
			"Dominican Republic" };

	static final int US = 0;

	static final int MX = 1;

	static final String[] WEAPON_TYPES = { "rifle", "rifle", "pistol", "pistol", "pistol", "revolver", "shotgun" };

	/** Where generated entities and relationships go. */
	public interface Sink {

		/**
		 * A new case-level entity or person, before any relationship that names it.
		 */
		void entity(NodeType type, long index, Map<String, Object> properties);

		/**
		 * A relationship; a Dealer or Country end is an index the sink resolves itself.
		 */
		void link(NodeType fromType, long from, RelationType type, NodeType toType, long to, double confidence);

	}

	/** Entities generated, by type. */
	public record Counts(Map<NodeType, Long> entities, long relationships) {

		public long entities(NodeType type) {
			return entities.getOrDefault(type, 0L);
		}

		public long nodes() {
			return entities.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	private SyntheticCases() {
	}

	/**
	 * The id of a case-level entity in the benchmark's store: {@code purchase-syn-7},
	 * {@code firearm-trace-syn-7}, …
	 */
	public static String id(NodeType type, long index) {
		return type.label().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + "-syn-" + index;
	}

	/** The display name of a generated entity. */
	public static String name(NodeType type, long index) {
		return switch (type) {
			case PERSON -> "Synthetic buyer " + index;
			case FIREARM_TRACE -> "Firearm trace " + index;
			case DEALER -> "Dealer " + index;
			case COUNTRY -> COUNTRY_NAMES[(int) index];
			default -> type.label() + " " + index;
		};
	}

	/** How many buyers F firearms have (the rings are the first {@link #rings}). */
	static long people(long firearms) {
		return Math.max(10, firearms / 4);
	}

	static long rings(long firearms) {
		return Math.max(2, firearms / 200);
	}

	public static Counts generate(long firearms, int dealers, long seed, Sink sink) {
		if (dealers < 1 || firearms < 1) {
			throw new IllegalArgumentException("cases need at least one dealer and one firearm");
		}
		var random = new SplittableRandom(seed);
		var counts = new EnumMap<NodeType, Long>(NodeType.class);
		long people = people(firearms);
		long rings = rings(firearms);
		long hot = Math.max(1, (dealers + 99) / 100);
		var seen = new BitSet((int) people);
		long[] next = new long[NodeType.values().length];
		long relationships = 0;
		long firearm = 0;
		while (firearm < firearms) {
			boolean straw = random.nextInt(100) < 8;
			long guns = Math.min(firearms - firearm, straw ? 2 + random.nextInt(4) : random.nextInt(10) == 0 ? 2 : 1);
			// Every hundredth dealer sells a fifth of the traced guns, as the few
			// high-volume dealers do in ATF's trace data.
			long dealer = random.nextInt(5) == 0 ? Math.min(dealers - 1, 100 * random.nextLong(hot))
					: random.nextInt(dealers);
			long buyer = straw ? random.nextLong(rings) : rings + random.nextLong(people - rings);
			var date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
			long purchase = next(next, counts, NodeType.PURCHASE);
			sink.entity(NodeType.PURCHASE, purchase, props("date", date, "count", guns, "strawPurchase", straw));
			person(sink, seen, counts, buyer);
			sink.link(NodeType.PURCHASE, purchase, RelationType.SOLD_BY, NodeType.DEALER, dealer, 0.9);
			sink.link(NodeType.PURCHASE, purchase, RelationType.BOUGHT_BY, NodeType.PERSON, buyer, 0.9);
			relationships += 2;
			long trafficker = buyer;
			if (straw) {
				long boss = random.nextLong(rings);
				if (boss == buyer) {
					boss = (boss + 1) % rings;
				}
				person(sink, seen, counts, boss);
				sink.link(NodeType.PURCHASE, purchase, RelationType.BOUGHT_FOR, NodeType.PERSON, boss, 0.7);
				relationships++;
				trafficker = boss;
			}
			long first = firearm;
			for (long f = first; f < first + guns; f++) {
				// Firearms are numbered in purchase order, so the index is the running
				// count.
				next(next, counts, NodeType.FIREARM);
				sink.entity(NodeType.FIREARM, f, props("serial", "SYN" + f, "weaponTypes",
						new String[] { WEAPON_TYPES[random.nextInt(WEAPON_TYPES.length)] }));
				sink.link(NodeType.PURCHASE, purchase, RelationType.INCLUDED, NodeType.FIREARM, f, 0.9);
				relationships++;
			}
			firearm += guns;
			int destination = -1;
			if (random.nextInt(10) < (straw ? 9 : 1)) {
				int roll = random.nextInt(20);
				destination = roll < 17 ? MX : 2 + roll - 17;
				long trafficking = next(next, counts, NodeType.TRAFFICKING);
				sink.entity(NodeType.TRAFFICKING, trafficking,
						props("date", date.plusDays(1 + random.nextInt(60)), "count", guns));
				for (long f = first; f < first + guns; f++) {
					sink.link(NodeType.TRAFFICKING, trafficking, RelationType.INCLUDED, NodeType.FIREARM, f, 0.8);
				}
				sink.link(NodeType.TRAFFICKING, trafficking, RelationType.TRAFFICKED_BY, NodeType.PERSON, trafficker,
						0.7);
				sink.link(NodeType.TRAFFICKING, trafficking, RelationType.DESTINED_FOR, NodeType.COUNTRY, destination,
						0.8);
				relationships += guns + 2;
			}
			for (long f = first; f < first + guns; f++) {
				if (random.nextInt(20) >= (destination >= 0 ? 12 : 5)) {
					continue;
				}
				int place = destination >= 0 ? destination : random.nextInt(10) == 0 ? MX : US;
				int days = 30 + random.nextInt(3000);
				long recovery = next(next, counts, NodeType.RECOVERY);
				sink.entity(NodeType.RECOVERY, recovery,
						props("date", date.plusDays(days), "count", 1L, "crimeScene", random.nextBoolean()));
				sink.link(NodeType.RECOVERY, recovery, RelationType.INCLUDED, NodeType.FIREARM, f, 0.9);
				sink.link(NodeType.RECOVERY, recovery, RelationType.OCCURRED_IN, NodeType.COUNTRY, place, 0.9);
				relationships += 2;
				if (random.nextInt(20) < 17) {
					long trace = next(next, counts, NodeType.FIREARM_TRACE);
					sink.entity(NodeType.FIREARM_TRACE, trace,
							props("date", date.plusDays(days + 10 + random.nextInt(50)), "timeToCrimeDays", days));
					sink.link(NodeType.FIREARM_TRACE, trace, RelationType.TRACE_OF, NodeType.RECOVERY, recovery, 0.95);
					sink.link(NodeType.FIREARM_TRACE, trace, RelationType.TRACED_TO, NodeType.DEALER, dealer, 0.95);
					sink.link(NodeType.FIREARM_TRACE, trace, RelationType.TRACED_TO, NodeType.PERSON, buyer, 0.95);
					relationships += 3;
				}
			}
		}
		return new Counts(counts, relationships);
	}

	private static long next(long[] next, Map<NodeType, Long> counts, NodeType type) {
		counts.merge(type, 1L, Long::sum);
		return next[type.ordinal()]++;
	}

	private static void person(Sink sink, BitSet seen, Map<NodeType, Long> counts, long person) {
		if (!seen.get((int) person)) {
			seen.set((int) person);
			counts.merge(NodeType.PERSON, 1L, Long::sum);
			sink.entity(NodeType.PERSON, person, Map.of());
		}
	}

	private static Map<String, Object> props(Object... keyValues) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
