package org.ironriver.ingest.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes realistic files in the real formats from a seed, for tests and benchmarks: the
 * same seed and sizes give the same bytes. FFL listings follow ATF's monthly
 * tab-delimited format; from month to month about 1% of licensees leave, as many arrive
 * and a few renew (new expiry code) or move. City names are letters and single spaces, so
 * the benchmark's LOAD CSV baseline derives the same city ids in Cypher as the importer
 * does in Java.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write synthetic input files (ffl listings, trace statistics, facts, case-level flows as facts) "
				+ "from a seed.")
public class SyntheticData implements Callable<Integer> {

	@Option(names = "--kind", defaultValue = "ffl", description = "ffl, trace, facts or cases")
	String kind;

	@Option(names = "--licensees", defaultValue = "1000", description = "FFL: licensees per listing")
	int licensees;

	@Option(names = "--months", defaultValue = "1", description = "FFL: consecutive monthly listings")
	int months;

	@Option(names = "--first-month", defaultValue = "2026-01", description = "FFL: the first listing month")
	String firstMonth;

	@Option(names = "--rows", defaultValue = "1000", description = "trace/facts: rows")
	int rows;

	@Option(names = "--firearms", defaultValue = "1000", description = "cases: firearms (about 4.7 facts each)")
	long firearms;

	@Option(names = "--dealers", defaultValue = "100", description = "cases: the dealers the purchases are made at")
	int dealers;

	@Option(names = "--seed", defaultValue = "42")
	long seed;

	@Option(names = "--gzip", description = "FFL: write .txt.gz")
	boolean gzip;

	@Option(names = "--out", defaultValue = "target/synthetic")
	Path out;

	static final String[] PREFIXES = { "CEDAR", "OAK", "PINE", "RIVER", "LAKE", "SPRING", "MAPLE", "WILLOW", "FAIR",
			"GREEN", "STONE", "RED", "SILVER", "EAGLE", "BEAR", "ELK", "FOX", "MILL", "ROCK", "SAND", "HIGH", "LONG",
			"CLEAR", "NORTH", "SOUTH", "EAST", "WEST", "MOUNT", "GRAND", "BIG" };

	static final String[] SUFFIXES = { "", " CITY", " SPRINGS", " FALLS", " VALLEY", " RIDGE", " CREEK", " HILLS",
			" POINT", " GROVE", " HARBOR", " JUNCTION", " CROSSING", " MEADOWS", " BLUFF" };

	static final String[] STATES = { "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
			"IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
			"NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
			"WY" };

	static final String[] WORDS = { "FRONTIER", "PATRIOT", "LIBERTY", "RANGE", "TACTICAL", "OUTDOOR", "SPORTING",
			"ARMORY", "TRADING", "HUNTING", "PAWN", "GUN", "FIREARMS", "SUPPLY", "OUTFITTERS", "DEFENSE" };

	static final String[] FORMS = { "LLC", "INC", "CO", "CORP", "LTD" };

	static final String[] TYPES = { "01", "01", "01", "01", "01", "01", "01", "01", "02", "02", "03", "03", "06", "07",
			"07", "08", "09", "10", "11" };

	@Override
	public Integer call() throws IOException {
		Files.createDirectories(out);
		switch (kind) {
			case "ffl" -> {
				for (var file : ffl(out, licensees, months, YearMonth.parse(firstMonth), seed, gzip)) {
					System.out.println(file);
				}
			}
			case "trace" -> System.out.println(trace(out.resolve("trace-" + seed + ".csv"), rows, seed));
			case "facts" -> System.out.println(facts(out.resolve("facts-" + seed + ".csv"), rows, seed));
			case "cases" -> System.out.println(cases(out.resolve("cases-" + seed + ".csv"), firearms, dealers, seed));
			default -> throw new IllegalArgumentException("unknown kind '" + kind + "' (ffl, trace, facts or cases)");
		}
		return 0;
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(new SyntheticData()).execute(args));
	}

	/**
	 * One licensee's stable facts; the listing for a month derives its row from these and
	 * the month.
	 */
	private record Licensee(int region, int district, int county, String type, int sequence, String name,
			String business, String street, String city, String state, String zip, String phone, int from, int to,
			int renewEvery, int moveAt, String movedCity) {
	}

	/**
	 * Writes M monthly listings of about N licensees each; returns the files, oldest
	 * first.
	 */
	public static List<Path> ffl(Path dir, int licensees, int months, YearMonth first, long seed, boolean gzip) {
		var random = new SplittableRandom(seed);
		var people = new ArrayList<Licensee>();
		int churn = Math.max(0, licensees / 100);
		int total = licensees + churn * (months - 1);
		// A counter per region and district keeps region+district+sequence unique, as
		// ATF's are.
		var sequences = new int[10][100];
		for (int i = 0; i < total; i++) {
			int from = i < licensees ? 0 : 1 + (i - licensees) / Math.max(churn, 1);
			int to = i < churn * (months - 1) ? i / Math.max(churn, 1) : months - 1;
			if (to < from) {
				to = months - 1;
			}
			var state = STATES[random.nextInt(STATES.length)];
			var name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + (i % 997)
					+ " " + FORMS[random.nextInt(FORMS.length)];
			var business = random.nextInt(3) == 0 ? ""
					: WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
			int region = 1 + random.nextInt(9);
			int district = random.nextInt(100);
			people.add(new Licensee(region, district, random.nextInt(1000), TYPES[random.nextInt(TYPES.length)],
					sequences[region][district]++, name, business,
					(100 + random.nextInt(9900)) + " " + PREFIXES[random.nextInt(PREFIXES.length)] + " ST",
					city(random), state, "%05d".formatted(random.nextInt(100_000)),
					random.nextInt(10) == 0 ? "" : "%010d".formatted(2_000_000_000L + random.nextLong(7_000_000_000L)),
					from, to, 1 + random.nextInt(36),
					random.nextInt(200) == 0 ? 1 + random.nextInt(Math.max(months, 1)) : -1, city(random)));
		}
		var files = new ArrayList<Path>();
		for (int m = 0; m < months; m++) {
			var month = first.plusMonths(m);
			var path = dir.resolve("ffl-" + month + (gzip ? ".txt.gz" : ".txt"));
			try (var writer = writer(path, gzip)) {
				writer.write(String.join("\t", "LIC_REGN", "LIC_DIST", "LIC_CNTY", "LIC_TYPE", "LIC_XPRDTE", "LIC_SEQN",
						"LICENSE_NAME", "BUSINESS_NAME", "PREMISE_STREET", "PREMISE_CITY", "PREMISE_STATE",
						"PREMISE_ZIP_CODE", "MAIL_STREET", "MAIL_CITY", "MAIL_STATE", "MAIL_ZIP_CODE", "VOICE_PHONE"));
				writer.write('\n');
				for (var l : people) {
					if (m < l.from() || m > l.to()) {
						continue;
					}
					// Region, district and sequence stay; the expiry code changes at each
					// renewal.
					var expiry = month.plusMonths(36 - (m / l.renewEvery()) % 3);
					var expiryCode = "" + (expiry.getYear() % 10) + (char) ('A' + expiry.getMonthValue() - 1);
					var city = l.moveAt() >= 0 && m >= l.moveAt() ? l.movedCity() : l.city();
					var mailing = l.sequence() % 5 == 0;
					writer.write(String.join("\t", "" + l.region(), "%02d".formatted(l.district()),
							"%03d".formatted(l.county()), l.type(), expiryCode,
							"%05d".formatted(l.sequence() % 100_000), l.name(), l.business(), l.street(), city,
							l.state(), l.zip(), mailing ? "PO BOX " + (l.sequence() % 9000 + 100) : "",
							mailing ? city : "", mailing ? l.state() : "", mailing ? l.zip() : "", l.phone()));
					writer.write('\n');
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			files.add(path);
		}
		return files;
	}

	private static String city(SplittableRandom random) {
		return PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
	}

	private static BufferedWriter writer(Path path, boolean gzip) throws IOException {
		var stream = Files.newOutputStream(path);
		return new BufferedWriter(new OutputStreamWriter(
				gzip ? new java.util.zip.GZIPOutputStream(stream, 1 << 16) : stream, StandardCharsets.UTF_8), 1 << 16);
	}

	static final String[] DESTINATIONS = { "MX", "HT", "JM", "DO" };

	static final String[] METRICS = { "traced", "us-sourced", "share-us-sourced" };

	/**
	 * Trace statistics: one observation per year, destination, origin state and metric.
	 */
	public static Path trace(Path path, int rows, long seed) {
		var random = new SplittableRandom(seed);
		try (var writer = writer(path, false)) {
			writer.write("period,destination,origin,metric,value,unit,source_url,caveat\n");
			for (int i = 0; i < rows; i++) {
				var metric = METRICS[i % METRICS.length];
				var share = metric.startsWith("share");
				writer.write(CSVFormat.RFC4180.format("" + (2000 + (i / 600) % 25),
						DESTINATIONS[(i / 3) % DESTINATIONS.length], STATES[(i / 12) % STATES.length], metric,
						share ? "%.2f".formatted(random.nextDouble()) : "" + random.nextInt(5000),
						share ? "share" : "firearms", "https://www.atf.gov/resource-center/data-statistics#" + (i % 50),
						"Synthetic figure, seed " + seed + "; traces are not a random sample"));
				writer.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return path;
	}

	/** The case files a cases file cites, one Source each. */
	static final int CASE_SOURCES = 20;

	/**
	 * Case-level flows ({@link SyntheticCases}) as facts, with {@code source_kind}: one
	 * row per relationship, each citing one of {@link #CASE_SOURCES} synthetic court
	 * records, so an import creates the purchases, buyers, firearms, traffickings,
	 * recoveries and traces with their evidence. Ids carry the seed
	 * ({@code purchase-syn-7-s42}, dealers {@code synthetic-dealer-42-7}) so files of
	 * different seeds import side by side; countries are the curated ids ({@code MX}).
	 * Event dates and serials are properties the facts format cannot carry: the
	 * benchmark's store has them, a file does not.
	 */
	public static Path cases(Path path, long firearms, int dealers, long seed) {
		try (var writer = writer(path, false)) {
			writer.write(String.join(",", org.ironriver.ingest.facts.FactsImporter.COLUMNS) + ",source_kind\n");
			var row = new long[1];
			SyntheticCases.generate(firearms, dealers, seed, new SyntheticCases.Sink() {

				@Override
				public void entity(org.ironriver.model.NodeType type, long index, java.util.Map<String, Object> p) {
					// Entities are created by the first row that names them.
				}

				@Override
				public void link(org.ironriver.model.NodeType fromType, long from,
						org.ironriver.model.RelationType type, org.ironriver.model.NodeType toType, long to,
						double confidence) {
					int source = (int) (row[0]++ % CASE_SOURCES);
					try {
						writer.write(CSVFormat.RFC4180.format(caseId(fromType, from, seed), fromType.label(),
								SyntheticCases.name(fromType, from), type.name(), caseId(toType, to, seed),
								toType.label(), SyntheticCases.name(toType, to), "", "",
								"https://example.org/synthetic/cases/" + seed + "/" + source,
								"Synthetic case file " + source + " (seed " + seed + ")", "Synthetic", "2025-01-01", "",
								"p. " + (1 + row[0] % 200), "" + confidence, "court-record"));
						writer.write('\n');
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return path;
	}

	private static String caseId(org.ironriver.model.NodeType type, long index, long seed) {
		return switch (type) {
			case DEALER -> "synthetic-dealer-" + seed + "-" + index;
			case COUNTRY -> SyntheticCases.COUNTRIES[(int) index];
			default -> SyntheticCases.id(type, index) + "-s" + seed;
		};
	}

	/** Facts: dealers located in places, each with a source and a quote. */
	public static Path facts(Path path, int rows, long seed) {
		var random = new SplittableRandom(seed);
		try (var writer = writer(path, false)) {
			writer.write("subject_id,subject_type,subject_name,relation,object_id,object_type,object_name,valid_from,"
					+ "valid_to,source_url,source_title,source_publisher,source_date,quote,locator,confidence\n");
			for (int i = 0; i < rows; i++) {
				writer.write(CSVFormat.RFC4180.format("synthetic-dealer-" + seed + "-" + i, "Dealer",
						WORDS[random.nextInt(WORDS.length)] + " " + i + " LLC", "LOCATED_IN", "", "Place",
						"Tucson, Arizona", "20" + (10 + random.nextInt(15)), "",
						"https://example.org/report/" + (i % 20), "Synthetic report " + (i % 20), "Synthetic",
						"2025-01-01", "a dealer in Tucson", "p. " + (1 + i % 40), "0.5"));
				writer.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return path;
	}

}
