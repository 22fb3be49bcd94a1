package org.ironriver.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Labelled data for resolution, from a seed (the same seed and size give the same
 * records): licensee records in the shape the FFL import and the curated data give them,
 * each with the true entity it describes. About one record in six is a known duplicate of
 * another, as resolution meets them: a later listing after a move (same licence, new
 * address), a typo in the name, a record that names the licensee "legal name d/b/a
 * business name" with only its city (as curated data and filings do), and a sole
 * proprietor's name reordered ("SMITH, JOHN A" and "JOHN A SMITH"). Known look-alikes are
 * other entities: the same business name under another licence elsewhere (a chain), and
 * the same person's name in the same city with another birth date. The vocabulary is
 * small enough that unplanned look-alikes (two licensees with one name) occur too.
 */
public final class LabelledLicensees {

	/** One generated record and the entity it truly is. */
	public record Labelled(EntityRecord record, String truth, String kind) {

	}

	static final String[] FIRST = { "JOHN", "JAMES", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSEPH",
			"THOMAS", "CHARLES", "MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "JESSICA",
			"SARAH", "KAREN", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD", "STEVEN", "PAUL", "ANDREW", "JOSHUA",
			"KENNETH", "KEVIN", "BRIAN", "GEORGE", "EDWARD", "RONALD", "TIMOTHY", "JASON", "JEFFREY", "RYAN", "JACOB",
			"GARY", "NICHOLAS", "ERIC", "JONATHAN", "STEPHEN", "LARRY", "JUSTIN", "SCOTT", "BRANDON", "BENJAMIN",
			"SAMUEL", "GREGORY", "FRANK", "ALEXANDER", "RAYMOND", "PATRICK", "JACK", "DENNIS", "JERRY", "TYLER" };

	static final String[] LAST = { "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS",
			"RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR",
			"MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ",
			"LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL",
			"FLORES", "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER",
			"ROBERTS", "GOMEZ", "PHILLIPS", "EVANS", "TURNER", "DIAZ", "PARKER", "CRUZ", "EDWARDS", "COLLINS", "REYES",
			"STEWART", "MORRIS", "MORALES", "MURPHY", "COOK", "ROGERS", "GUTIERREZ", "ORTIZ", "MORGAN", "COOPER",
			"PETERSON", "BAILEY", "REED", "KELLY", "HOWARD", "RAMOS", "KIM", "COX", "WARD", "RICHARDSON", "WATSON",
			"BROOKS", "CHAVEZ", "WOOD", "JAMES", "BENNETT", "GRAY", "MENDOZA", "RUIZ", "HUGHES", "PRICE", "ALVAREZ",
			"CASTILLO", "SANDERS", "PATEL", "MYERS", "LONG", "ROSS", "FOSTER", "JIMENEZ" };

	static final String[] WORDS = { "CEDAR", "OAK", "PINE", "RIVER", "LAKE", "SPRING", "MAPLE", "WILLOW", "FAIR",
			"GREEN", "STONE", "RED", "SILVER", "EAGLE", "BEAR", "ELK", "FOX", "MILL", "ROCK", "SAND", "HIGH", "LONG",
			"CLEAR", "NORTH", "SOUTH", "EAST", "WEST", "MOUNT", "GRAND", "BIG", "FRONTIER", "PATRIOT", "LIBERTY",
			"RANGE", "TACTICAL", "OUTDOOR", "SPORTING", "ARMORY", "TRADING", "HUNTING", "PAWN", "GUN", "FIREARMS",
			"SUPPLY", "OUTFITTERS", "DEFENSE", "IRON", "COPPER", "THUNDER", "SUMMIT", "CANYON", "PRAIRIE", "DESERT",
			"MESA", "HAWK", "WOLF", "BISON", "RIDGE", "HOLLOW", "TIMBER" };

	static final String[] FORMS = { "LLC", "INC", "CO", "CORP", "LTD" };

	static final String[] STREETS = { "MAIN ST", "OAK AVE", "HIGHWAY 80", "ELM ST", "PARK RD", "RIVER RD", "BROADWAY",
			"CENTER ST", "LAKE DR", "HILL RD", "MARKET ST", "INDUSTRIAL BLVD" };

	static final String[] STATES = { "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
			"IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
			"NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
			"WY" };

	private LabelledLicensees() {
	}

	/** {@code count} records from {@code seed}. */
	public static List<Labelled> generate(int count, long seed) {
		var random = new SplittableRandom(seed);
		var records = new ArrayList<Labelled>(count);
		var bases = new ArrayList<Labelled>();
		var sequences = new HashMap<String, Integer>();
		int n = 0;
		while (records.size() < count) {
			int roll = random.nextInt(100);
			if (bases.isEmpty() || roll < 80) {
				var base = base(random, "e" + n, sequences);
				records.add(base);
				bases.add(base);
			}
			else {
				var of = bases.get(random.nextInt(bases.size()));
				var copy = roll < 84 ? moved(random, of)
						: roll < 88 ? typo(random, of) : roll < 92 ? dba(of) : roll < 95 ? reordered(of) : roll < 98
								? chain(random, of, "e" + n, sequences) : namesake(random, of, "e" + n, sequences);
				if (copy == null) {
					continue;
				}
				// The record's place in the list makes its id unique.
				var record = copy.record();
				records.add(new Labelled(
						new EntityRecord(record.id() + "-" + records.size(), record.type(), record.properties(), null),
						copy.truth(), copy.kind()));
			}
			n++;
		}
		return records;
	}

	private static Labelled base(SplittableRandom random, String truth, Map<String, Integer> sequences) {
		var p = new LinkedHashMap<String, Object>();
		boolean person = random.nextInt(10) < 4;
		String type;
		if (person) {
			type = "Person";
			p.put("name", LAST[random.nextInt(LAST.length)] + ", " + FIRST[random.nextInt(FIRST.length)] + " "
					+ (char) ('A' + random.nextInt(26)));
			if (random.nextBoolean()) {
				p.put("birthDate",
						LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))
							.toString());
			}
		}
		else {
			type = random.nextInt(10) == 0 ? "Manufacturer" : "Dealer";
			p.put("name", words(random, 2 + random.nextInt(2)) + " " + FORMS[random.nextInt(FORMS.length)]);
			if (random.nextInt(3) > 0) {
				p.put("businessName", words(random, 2));
			}
		}
		address(random, p, STATES[random.nextInt(STATES.length)]);
		p.put("licenceNumber", licence(random, sequences));
		return new Labelled(new EntityRecord("r-" + truth, type, p, null), truth, "base");
	}

	/**
	 * The next listing after a move: same licence key (new county and expiry), new
	 * address.
	 */
	private static Labelled moved(SplittableRandom random, Labelled of) {
		var p = new LinkedHashMap<>(of.record().properties());
		var parts = ((String) p.get("licenceNumber")).split("-");
		p.put("licenceNumber",
				parts[0] + "-" + parts[1] + "-" + String.format("%03d", random.nextInt(1000)) + "-" + parts[3] + "-"
						+ (char) ('A' + random.nextInt(12)) + (char) ('A' + random.nextInt(26)) + "-" + parts[5]);
		address(random, p, random.nextInt(4) == 0 ? STATES[random.nextInt(STATES.length)] : state(of));
		return copy(of, p, "moved");
	}

	/** One letter of the name changed, in a word of five letters or more. */
	private static Labelled typo(SplittableRandom random, Labelled of) {
		var p = new LinkedHashMap<>(of.record().properties());
		var name = (String) p.get("name");
		var words = name.split(" ");
		var long5 = new ArrayList<Integer>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].replace(",", "").length() >= 5) {
				long5.add(i);
			}
		}
		if (long5.isEmpty()) {
			return null;
		}
		int w = long5.get(random.nextInt(long5.size()));
		var chars = words[w].toCharArray();
		int at = 1 + random.nextInt(chars.length - 2);
		var swap = chars[at];
		chars[at] = chars[at + 1] == ',' ? 'X' : chars[at + 1];
		chars[at + 1] = chars[at + 1] == ',' ? ',' : swap;
		if (String.valueOf(chars).equals(words[w])) {
			chars[at] = chars[at] == 'E' ? 'A' : 'E';
		}
		words[w] = String.valueOf(chars);
		p.put("name", String.join(" ", words));
		return copy(of, p, "typo");
	}

	/** "LEGAL NAME d/b/a BUSINESS NAME" with its city and state only, no licence. */
	private static Labelled dba(Labelled of) {
		var given = of.record().properties();
		if (given.get("businessName") == null) {
			return null;
		}
		var p = new LinkedHashMap<String, Object>();
		p.put("name", given.get("name") + " d/b/a " + given.get("businessName"));
		p.put("premises", title((String) given.get("city")) + ", " + state(of));
		return copy(of, p, "dba");
	}

	/** A sole proprietor as "FIRST M LAST" at the same street address, no licence. */
	private static Labelled reordered(Labelled of) {
		if (!"Person".equals(of.record().type())) {
			return null;
		}
		var given = of.record().properties();
		var parts = ((String) given.get("name")).split(", ");
		var p = new LinkedHashMap<String, Object>();
		p.put("name", parts[1] + " " + parts[0]);
		p.put("premisesStreet", given.get("premisesStreet"));
		p.put("premisesZip", given.get("premisesZip"));
		p.put("premises", given.get("premises"));
		return copy(of, p, "reordered");
	}

	/** A look-alike: the same business name under another licence, somewhere else. */
	private static Labelled chain(SplittableRandom random, Labelled of, String truth, Map<String, Integer> sequences) {
		if ("Person".equals(of.record().type())) {
			return null;
		}
		var p = new LinkedHashMap<String, Object>();
		p.put("name", of.record().properties().get("name"));
		p.put("businessName", of.record().properties().get("businessName"));
		address(random, p, STATES[random.nextInt(STATES.length)]);
		p.put("licenceNumber", licence(random, sequences));
		return new Labelled(new EntityRecord("r-" + truth, of.record().type(), p, null), truth, "look-alike chain");
	}

	/**
	 * A look-alike: another person of the same name in the same city, known by a birth
	 * date (as a FollowTheMoney record gives it), without a licence.
	 */
	private static Labelled namesake(SplittableRandom random, Labelled of, String truth,
			Map<String, Integer> sequences) {
		var given = of.record().properties();
		if (!"Person".equals(of.record().type()) || given.get("birthDate") == null) {
			return null;
		}
		var p = new LinkedHashMap<String, Object>();
		p.put("name", given.get("name"));
		var born = LocalDate.parse((String) given.get("birthDate"));
		p.put("birthDate", born.plusDays(30 + random.nextInt(9000)).toString());
		p.put("premises", title((String) given.get("city")) + ", " + state(of));
		return new Labelled(new EntityRecord("r-" + truth, "Person", p, null), truth, "look-alike namesake");
	}

	private static Labelled copy(Labelled of, Map<String, Object> properties, String kind) {
		return new Labelled(new EntityRecord(of.record().id() + "-" + kind, of.record().type(), properties, null),
				of.truth(), kind);
	}

	private static String words(SplittableRandom random, int count) {
		var text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static void address(SplittableRandom random, Map<String, Object> p, String state) {
		var city = WORDS[random.nextInt(30)] + " " + WORDS[random.nextInt(WORDS.length)];
		var street = (1 + random.nextInt(9999)) + " " + STREETS[random.nextInt(STREETS.length)];
		var zip = String.format("%05d", random.nextInt(100_000));
		p.put("premisesStreet", street);
		p.put("premisesZip", zip);
		p.put("city", city);
		p.put("premises", street + ", " + city + ", " + state + " " + zip);
	}

	private static String licence(SplittableRandom random, Map<String, Integer> sequences) {
		var region = 1 + random.nextInt(9);
		var district = String.format("%02d", random.nextInt(100));
		int sequence = sequences.merge(region + "-" + district, 1, Integer::sum);
		return region + "-" + district + "-" + String.format("%03d", random.nextInt(1000)) + "-01-"
				+ (char) ('A' + random.nextInt(12)) + (char) ('A' + random.nextInt(26)) + "-"
				+ String.format("%05d", sequence);
	}

	private static String state(Labelled of) {
		var premises = (String) of.record().properties().get("premises");
		var last = premises.substring(premises.lastIndexOf(", ") + 2);
		return last.substring(0, 2);
	}

	private static String title(String city) {
		var words = city.toLowerCase().split(" ");
		var text = new StringBuilder();
		for (var word : words) {
			text.append(text.isEmpty() ? "" : " ")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return text.toString();
	}

}
