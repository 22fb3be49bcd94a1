package org.ironriver.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.ironriver.cli.SpringContexts;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.paths.PathService;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.AccessMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Dealer-to-country tracing through the service against the same Cypher run directly with
 * the driver (the trace and its context, in one read transaction, as the service runs
 * them), side by side in one run, interleaved (alternating which goes first), on the
 * curated graph ({@code --dealers 0}) or on a synthetic graph generated once into its own
 * store. Not a test: run it by hand (docs/investigation.md).
 */
@Command(name = "bench-trace", hidden = true, mixinStandardHelpOptions = true,
		description = "Benchmark dealer-to-country tracing: service vs the same Cypher via the driver.")
public class TraceBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--dealers", defaultValue = "1000000",
			description = "synthetic dealers (about 5 relationships each); 0 benchmarks the curated graph")
	int dealers;

	@Option(names = "--firearms", defaultValue = "0",
			description = "case-level flows over the synthetic dealers (purchases, buyers, traffickings, recoveries, "
					+ "traces; about 4.7 relationships a firearm); the traced dealers are then the sellers of random "
					+ "purchases, so every trace starts at the case level")
	long firearms;

	@Option(names = "--store",
			description = "store directory (default target/bench/synthetic-<dealers> or target/bench/curated)")
	Path store;

	@Option(names = "--regenerate", description = "delete and regenerate the synthetic store")
	boolean regenerate;

	@Option(names = "--iterations", defaultValue = "2000", description = "measured calls of each kind")
	int iterations;

	@Option(names = "--warmup", defaultValue = "500", description = "unmeasured calls of each kind first")
	int warmup;

	@Option(names = "--max-hops", defaultValue = "4")
	int maxHops;

	@Option(names = "--country", defaultValue = "MX")
	String country;

	@Option(names = "--limit", defaultValue = "25")
	int limit;

	@Override
	public Integer call() throws IOException {
		if (firearms > 0 && dealers == 0) {
			throw new IllegalArgumentException("--firearms needs synthetic dealers (--dealers > 0)");
		}
		System.out.println("load average before: " + loadAverage());
		var dir = SyntheticGraph.ensureStore(store, dealers, firearms, regenerate);
		long startup = System.nanoTime();
		try (var context = SpringContexts.withoutWeb("--ironriver.embedded.store-dir=" + dir.toAbsolutePath(),
				"--ironriver.embedded.bolt-port=0", "--ironriver.embedded.page-cache=2g",
				"--ironriver.curated.enabled=" + (dealers == 0))) {
			var sessions = context.getBean(Neo4jSessions.class);
			var service = context.getBean(PathService.class);
			var lookup = context.getBean(QueryLibrary.class).get("entities-by-id").cypher();
			// Index population after a bulk load runs in the background; measuring during
			// it would measure it.
			sessions.transport().write(tx -> tx.run("CALL db.awaitIndexes(3600)"));
			System.out.printf("database ready in %.1f s (schema and indexes online)%n",
					(System.nanoTime() - startup) / 1e9);
			var ids = dealerIds(sessions);
			System.out.printf("tracing %s dealers%s to %s, maxHops %d, limit %d: %d warm-up + %d measured calls each%n",
					dealers == 0 ? ids.size() + " curated" : String.format("%,d synthetic", dealers),
					firearms > 0 ? String.format(" (the sellers of random purchases, %,d firearms)", firearms) : "",
					country, maxHops, limit, warmup, iterations);
			System.out.println("load average at the start of the measurement: " + loadAverage());
			var random = new SplittableRandom(7);
			var serviceTimes = new long[iterations];
			var driverTimes = new long[iterations];
			var viewTimes = new long[iterations];
			var queryTimes = new long[iterations];
			long paths = 0;
			long empty = 0;
			for (int i = -warmup; i < iterations; i++) {
				var id = ids.get(random.nextInt(ids.size()));
				var query = service.traceQuery(id, country, maxHops, null, limit);
				var contextQuery = service.contextQuery(id, country, null, limit);
				// the order of the measured kinds changes each call, so none always runs
				// first
				long s = 0;
				long d = 0;
				long q = 0;
				long v = 0;
				for (int k = 0; k < 4; k++) {
					switch ((k + i + warmup) % 4) {
						case 0 -> s = timeService(service, id);
						case 1 -> d = timeDriver(sessions, query, contextQuery, lookup, id);
						case 2 -> q = timeDriver(sessions, query, contextQuery, null, id);
						default -> v = timeViews(sessions, query, contextQuery);
					}
				}
				if (i >= 0) {
					serviceTimes[i] = s;
					driverTimes[i] = d;
					viewTimes[i] = v;
					queryTimes[i] = q;
					paths += lastPaths;
					empty += lastPaths == 0 ? 1 : 0;
				}
			}
			Arrays.sort(serviceTimes);
			Arrays.sort(driverTimes);
			Arrays.sort(viewTimes);
			Arrays.sort(queryTimes);
			System.out.printf("average paths per trace: %.1f; traces with no path: %,d%n", paths / (double) iterations,
					empty);
			System.out.println("                       p50 ms    p95 ms    p99 ms   mean ms");
			print("service (PathService)", serviceTimes);
			print("driver, same Cypher", driverTimes);
			print("  without the look-up", queryTimes);
			print("  with the views", viewTimes);
			System.out.printf("ratio service/driver  %8.2f  %8.2f  %8.2f  %8.2f%n",
					ratio(serviceTimes, driverTimes, 0.50), ratio(serviceTimes, driverTimes, 0.95),
					ratio(serviceTimes, driverTimes, 0.99), mean(serviceTimes) / mean(driverTimes));
			System.out.printf("ratio service/(driver without the look-up) %8.2f  %8.2f  %8.2f  %8.2f%n",
					ratio(serviceTimes, queryTimes, 0.50), ratio(serviceTimes, queryTimes, 0.95),
					ratio(serviceTimes, queryTimes, 0.99), mean(serviceTimes) / mean(queryTimes));
			System.out.println("load average after: " + loadAverage());
		}
		return 0;
	}

	/**
	 * The 1, 5 and 15 minute load averages: the machine is shared, so absolute times mean
	 * little without them (the ratio is the result).
	 */
	static String loadAverage() {
		try {
			var fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2] + " on " + Runtime.getRuntime().availableProcessors()
					+ " cores";
		}
		catch (IOException | RuntimeException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private int lastPaths;

	private long timeService(PathService service, String id) {
		long start = System.nanoTime();
		var answer = service.trace(id, country, maxHops, null, limit);
		long elapsed = System.nanoTime() - start;
		lastPaths = answer.paths().size();
		return elapsed;
	}

	/**
	 * The service's Cypher as the service runs it: the trace and its context (the
	 * statistics about the dealer's places) in one read transaction and, when the trace
	 * finds no path, the look-up that tells "no path" from an unknown id (the service's
	 * 404): a client of the driver that answers the same question runs the same three
	 * statements. With {@code lookup} null, the two queries alone.
	 */
	private long timeDriver(Neo4jSessions sessions, ExecutedQuery trace, ExecutedQuery context, String lookup,
			String from) {
		long start = System.nanoTime();
		try (var session = sessions.driver().session(sessions.config(AccessMode.READ))) {
			session.executeRead(tx -> {
				var paths = tx.run(trace.cypher(), trace.parameters()).list();
				var statistics = tx.run(context.cypher(), context.parameters()).list();
				if (paths.isEmpty() && lookup != null) {
					tx.run(lookup, Map.of("ids", List.of(from, country).stream().distinct().toList())).list();
				}
				return statistics;
			});
		}
		return System.nanoTime() - start;
	}

	/** The two queries and the service's mapping of their rows to views, nothing else. */
	private static long timeViews(Neo4jSessions sessions, ExecutedQuery trace, ExecutedQuery context) {
		long start = System.nanoTime();
		try (var session = sessions.driver().session(sessions.config(AccessMode.READ))) {
			session.executeRead(tx -> {
				PathService.readPaths(tx, trace);
				return PathService.readPaths(tx, context);
			});
		}
		return System.nanoTime() - start;
	}

	private List<String> dealerIds(Neo4jSessions sessions) {
		if (dealers == 0) {
			return sessions
				.read(tx -> tx.run("MATCH (d:Dealer) RETURN d.id AS id ORDER BY id").list(r -> r.get("id").asString()));
		}
		var random = new SplittableRandom(11);
		if (firearms > 0) {
			return caseDealerIds(sessions, random);
		}
		var ids = new ArrayList<String>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(SyntheticGraph.dealerId(random.nextInt(dealers)));
		}
		return ids;
	}

	/**
	 * The dealers that sold 10,000 random purchases (a high-volume dealer as often as it
	 * sells): a case-level trace starts where there are cases.
	 */
	private static List<String> caseDealerIds(Neo4jSessions sessions, SplittableRandom random) {
		long purchases = sessions
			.read(tx -> tx.run("MATCH (p:Purchase) RETURN count(p) AS n").single().get("n").asLong());
		var purchaseIds = new ArrayList<String>();
		for (int i = 0; i < 10_000; i++) {
			purchaseIds.add(org.ironriver.ingest.synthetic.SyntheticCases.id(org.ironriver.model.NodeType.PURCHASE,
					random.nextLong(purchases)));
		}
		var ids = sessions.read(tx -> tx.run("""
				UNWIND $ids AS id
				MATCH (:Entity {id: id})-[:SOLD_BY]->(d:Dealer)
				RETURN d.id AS id""", java.util.Map.of("ids", purchaseIds)).list(r -> r.get("id").asString()));
		System.out.printf("%,d purchases; %,d distinct dealers among the sellers of 10,000 of them%n", purchases,
				ids.stream().distinct().count());
		return ids;
	}

	private static void print(String label, long[] sorted) {
		System.out.printf("%-21s %8.2f  %8.2f  %8.2f  %8.2f%n", label, percentile(sorted, 0.50) / 1e6,
				percentile(sorted, 0.95) / 1e6, percentile(sorted, 0.99) / 1e6, mean(sorted) / 1e6);
	}

	private static double ratio(long[] a, long[] b, double p) {
		return percentile(a, p) / (double) percentile(b, p);
	}

	private static long percentile(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static double mean(long[] values) {
		return Arrays.stream(values).average().orElse(0);
	}

}
