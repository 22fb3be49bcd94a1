package org.ironriver.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.SplittableRandom;

import org.ironriver.ingest.synthetic.SyntheticCases;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.springframework.util.FileSystemUtils;

/**
 * Writes a synthetic iron-river graph of the model's shape straight into an embedded
 * store with the core API (the fastest write path measured here, no Bolt), for the
 * tracing benchmark. Deterministic for a given size and seed.
 *
 * <p>
 * Shape for {@code dealers} = D: countries US, MX, HT, JM, DO; 50 states in the US; 5,000
 * cities (100 a state); D dealers, each LOCATED_IN a city and SUPPLIED by 4 of 1,000
 * distributors (so each distributor is a hub of about 4D/1,000 dealers); 100
 * manufacturers LOCATED_IN the US that SUPPLY 5 distributors each; 200 flow observations
 * (ORIGIN_OF from a state or the US, DESTINED_FOR MX or a Caribbean country; every state
 * has one towards MX); 20 lawsuits brought by the Government of Mexico (PLAINTIFF_IN)
 * against 1% of the dealers (DEFENDANT_IN); 1,000 sources, each relationship citing one
 * or two with a confidence and, for a tenth, a validity period. For D = 1,000,000 that is
 * about 1.01M nodes and 5.02M relationships.
 *
 * <p>
 * With {@code firearms} = F &gt; 0 the store also holds the case level over those dealers
 * ({@link SyntheticCases}: purchases, buyers, firearms, traffickings, recoveries, firearm
 * traces; about 2.8 nodes and 4.7 relationships a firearm), every relationship citing the
 * same synthetic sources.
 */
public final class SyntheticGraph {

	static final String ORIGIN = "synthetic";

	private static final int STATES = 50;

	private static final int CITIES_PER_STATE = 100;

	private static final int DISTRIBUTORS = 1_000;

	private static final int MANUFACTURERS = 100;

	private static final int OBSERVATIONS = 200;

	private static final int LAWSUITS = 20;

	private static final int SOURCES = 1_000;

	private static final int BATCH = 50_000;

	private final SplittableRandom random = new SplittableRandom(42);

	private Transaction tx;

	private int pending;

	private long relationships;

	private long nodes;

	private final GraphDatabaseService db;

	private long[] dealerNodes;

	private final long[] countryNodes = new long[SyntheticCases.COUNTRIES.length];

	/** Node ids of the case-level entities, by type ordinal and generator index. */
	private final long[][] caseNodes = new long[NodeType.values().length][];

	private long started;

	private long nextReport = 1_000_000;

	private SyntheticGraph(GraphDatabaseService db) {
		this.db = db;
	}

	public static String dealerId(long i) {
		return "dealer-" + i;
	}

	/**
	 * The store a benchmark runs on: {@code store} if given, else
	 * {@code target/bench/synthetic-<dealers>} (or {@code target/bench/curated} for 0
	 * dealers). A synthetic store is generated once, marked {@code generated.ok} when
	 * complete, and reused by every benchmark after (or regenerated when asked).
	 */
	public static Path ensureStore(Path store, int dealers, boolean regenerate) throws IOException {
		return ensureStore(store, dealers, 0, regenerate);
	}

	/**
	 * As {@link #ensureStore(Path, int, boolean)}, with {@code firearms} case-level flows
	 * (default directory {@code target/bench/synthetic-<dealers>-cases-<firearms>}).
	 */
	public static Path ensureStore(Path store, int dealers, long firearms, boolean regenerate) throws IOException {
		var dir = store != null ? store : Path.of("target/bench",
				dealers == 0 ? "curated" : "synthetic-" + dealers + (firearms > 0 ? "-cases-" + firearms : ""));
		var marker = dir.resolve("generated.ok");
		if (dealers > 0 && (regenerate || !Files.exists(marker))) {
			FileSystemUtils.deleteRecursively(dir);
			long start = System.nanoTime();
			var counts = generate(dir, dealers, firearms);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("generated %,d nodes and %,d relationships in %.1f s (%,.0f relationships/s)%n",
					counts[0], counts[1], seconds, counts[1] / seconds);
			Files.writeString(marker, counts[0] + " nodes, " + counts[1] + " relationships\n");
		}
		return dir;
	}

	/**
	 * Generates into {@code storeDir} (which must not hold a database yet); returns
	 * {nodes, relationships}.
	 */
	public static long[] generate(Path storeDir, int dealers) throws IOException {
		return generate(storeDir, dealers, 0);
	}

	/**
	 * Generates the dealer graph and {@code firearms} case-level flows over it; returns
	 * {nodes, relationships}.
	 */
	public static long[] generate(Path storeDir, int dealers, long firearms) throws IOException {
		Files.createDirectories(storeDir);
		var service = new DatabaseManagementServiceBuilder(storeDir)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("2g"))
			.build();
		try {
			var generator = new SyntheticGraph(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
			generator.write(dealers, firearms);
			return new long[] { generator.nodes, generator.relationships };
		}
		finally {
			service.shutdown();
		}
	}

	private void write(int dealers, long firearms) {
		started = System.nanoTime();
		tx = db.beginTx();
		for (int i = 0; i < SOURCES; i++) {
			var s = node("src-syn-" + i, "Synthetic source " + i, "Source");
			s.setProperty("kind", i % 3 == 0 ? "government" : i % 3 == 1 ? "court-record" : "press");
			s.setProperty("title", "Synthetic source " + i);
			s.setProperty("publisher", "Synthetic publisher " + (i % 17));
			s.setProperty("url", "https://example.org/synthetic/" + i);
			s.setProperty("published", LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28));
		}
		var countries = countryNodes;
		String[] countryIds = SyntheticCases.COUNTRIES;
		for (int i = 0; i < countryIds.length; i++) {
			countries[i] = node(countryIds[i], countryIds[i], "Country").getId();
		}
		long us = countries[0];
		long mx = countries[1];
		var states = new long[STATES];
		for (int i = 0; i < STATES; i++) {
			states[i] = node("state-" + i, "State " + i, "Place").getId();
			rel(states[i], "LOCATED_IN", us, 1.0);
		}
		var cities = new long[STATES * CITIES_PER_STATE];
		for (int i = 0; i < cities.length; i++) {
			cities[i] = node("city-" + i, "City " + i, "Place").getId();
			rel(cities[i], "LOCATED_IN", states[i / CITIES_PER_STATE], 1.0);
		}
		var manufacturers = new long[MANUFACTURERS];
		for (int i = 0; i < MANUFACTURERS; i++) {
			manufacturers[i] = node("manufacturer-" + i, "Manufacturer " + i, "Manufacturer").getId();
			rel(manufacturers[i], "LOCATED_IN", us, 1.0);
		}
		var distributors = new long[DISTRIBUTORS];
		for (int i = 0; i < DISTRIBUTORS; i++) {
			distributors[i] = node("distributor-" + i, "Distributor " + i, "Distributor").getId();
			rel(distributors[i], "LOCATED_IN", cities[random.nextInt(cities.length)], 0.9);
		}
		for (int m = 0; m < MANUFACTURERS; m++) {
			for (int k = 0; k < 5; k++) {
				rel(manufacturers[m], "SUPPLIES", distributors[(m * 10 + k * 197) % DISTRIBUTORS], 0.4);
			}
		}
		for (int i = 0; i < OBSERVATIONS; i++) {
			var obs = node("flow-syn-" + i, "Synthetic flow observation " + i, "FlowObservation");
			obs.setProperty("metric", "recovered-traced");
			obs.setProperty("value", 100 + random.nextInt(10_000));
			obs.setProperty("unit", "firearms");
			obs.setProperty("caveat", "synthetic");
			long origin = i < STATES ? states[i] : i % 4 == 0 ? us : states[random.nextInt(STATES)];
			long destination = i < STATES ? mx : countries[1 + random.nextInt(4)];
			rel(origin, "ORIGIN_OF", obs.getId(), 0.9);
			rel(obs.getId(), "DESTINED_FOR", destination, 0.9);
		}
		var government = node("gov-mx", "Government of Mexico", "Organization").getId();
		rel(government, "GOVERNMENT_OF", mx, 1.0);
		var lawsuits = new long[LAWSUITS];
		for (int i = 0; i < LAWSUITS; i++) {
			lawsuits[i] = node("lawsuit-syn-" + i, "Mexico v. dealers " + i, "Lawsuit").getId();
			rel(government, "PLAINTIFF_IN", lawsuits[i], 1.0);
		}
		dealerNodes = new long[dealers];
		for (int i = 0; i < dealers; i++) {
			long dealer = node(dealerId(i), "Dealer " + i, "Dealer").getId();
			dealerNodes[i] = dealer;
			rel(dealer, "LOCATED_IN", cities[random.nextInt(cities.length)], 0.9);
			for (int k = 0; k < 4; k++) {
				rel(distributors[random.nextInt(DISTRIBUTORS)], "SUPPLIES", dealer, 0.4 + random.nextDouble() * 0.5);
			}
			if (i % 100 == 0) {
				rel(dealer, "DEFENDANT_IN", lawsuits[random.nextInt(LAWSUITS)], 1.0);
			}
		}
		if (firearms > 0) {
			writeCases(dealers, firearms);
		}
		tx.commit();
		tx.close();
	}

	private void writeCases(int dealers, long firearms) {
		// Upper bounds of each type's count (at most one event of each kind per firearm,
		// at most F/4 buyers), so the generator's indices address plain arrays.
		for (var type : new NodeType[] { NodeType.FIREARM, NodeType.PURCHASE, NodeType.TRAFFICKING, NodeType.RECOVERY,
				NodeType.FIREARM_TRACE }) {
			caseNodes[type.ordinal()] = new long[(int) firearms];
		}
		caseNodes[NodeType.PERSON.ordinal()] = new long[(int) Math.max(10, firearms / 4)];
		SyntheticCases.generate(firearms, dealers, 42, new SyntheticCases.Sink() {

			@Override
			public void entity(NodeType type, long index, Map<String, Object> properties) {
				var n = node(SyntheticCases.id(type, index), SyntheticCases.name(type, index), type.label());
				properties.forEach(n::setProperty);
				caseNodes[type.ordinal()][(int) index] = n.getId();
			}

			@Override
			public void link(NodeType fromType, long from, RelationType type, NodeType toType, long to,
					double confidence) {
				rel(resolve(fromType, from), type.name(), resolve(toType, to), confidence);
			}

		});
	}

	private long resolve(NodeType type, long index) {
		return switch (type) {
			case DEALER -> dealerNodes[(int) index];
			case COUNTRY -> countryNodes[(int) index];
			default -> caseNodes[type.ordinal()][(int) index];
		};
	}

	private Node node(String id, String name, String label) {
		// Commit before creating, so the node returned stays usable in the caller's
		// (current) transaction.
		tick();
		// The type label first: Browser captions a node by its first label token (see
		// V0001).
		var n = tx.createNode(Label.label(label), Label.label("Entity"));
		n.setProperty("id", id);
		n.setProperty("name", name);
		n.setProperty("origin", ORIGIN);
		nodes++;
		return n;
	}

	private void rel(long from, String type, long to, double confidence) {
		tick();
		var r = tx.getNodeById(from).createRelationshipTo(tx.getNodeById(to), RelationshipType.withName(type));
		var cited = new ArrayList<String>(2);
		cited.add("src-syn-" + random.nextInt(SOURCES));
		if (random.nextInt(3) == 0) {
			cited.add("src-syn-" + random.nextInt(SOURCES));
		}
		r.setProperty("sources", cited.stream().distinct().toArray(String[]::new));
		r.setProperty("confidence", confidence);
		r.setProperty("origin", ORIGIN);
		if (random.nextInt(10) == 0) {
			r.setProperty("validFrom", LocalDate.of(2010 + random.nextInt(10), 1, 1));
		}
		relationships++;
	}

	private void tick() {
		if (++pending >= BATCH) {
			tx.commit();
			tx.close();
			tx = db.beginTx();
			pending = 0;
			// A 1M-firearm store takes many minutes: say how far it is.
			if (nodes + relationships >= nextReport) {
				nextReport += 1_000_000;
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("  %,d nodes, %,d relationships written (%.0f s, %,.0f a second)%n", nodes,
						relationships, seconds, (nodes + relationships) / seconds);
			}
		}
	}

}
