package org.ironriver.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.ironriver.cli.SpringContexts;
import org.ironriver.database.Neo4jSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The application under load: {@code --clients} concurrent HTTP clients for
 * {@code --seconds} over the search, entity, trace, timeline and case endpoints, on the
 * curated graph plus {@code --dealers} synthetic dealers (the store
 * {@link SyntheticGraph} writes for bench-trace). The server runs in a process of its
 * own, as {@code serve} runs it, so its resident memory is the server's alone. The
 * baseline is measured in the same run: the same request mix from one client, and the
 * static home page ({@code GET /}) in both phases as the floor. Loopback only. Not a
 * test: run it by hand ({@code bench/load.sh}, README "Performance").
 */
@Command(name = "bench-load", hidden = true, mixinStandardHelpOptions = true,
		description = "Load benchmark: concurrent clients over search, entity, trace, timeline and case endpoints.")
public class LoadBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--clients", defaultValue = "50", description = "concurrent clients in the load phase")
	int clients;

	@Option(names = "--seconds", defaultValue = "60", description = "length of the load phase")
	int seconds;

	@Option(names = "--baseline-seconds", defaultValue = "20", description = "length of the one-client baseline")
	int baselineSeconds;

	@Option(names = "--warmup-seconds", defaultValue = "15", description = "unmeasured load first (JIT, page cache)")
	int warmupSeconds;

	@Option(names = "--dealers", defaultValue = "1000000",
			description = "synthetic dealers beside the curated graph; 0 for the curated graph only")
	int dealers;

	@Option(names = "--store",
			description = "store directory (default target/bench/synthetic-<dealers> or target/bench/curated)")
	Path store;

	@Option(names = "--regenerate", description = "delete and regenerate the synthetic store")
	boolean regenerate;

	@Option(names = "--server-jvm", defaultValue = "",
			description = "JVM options of the server process (bench/load.sh passes the pom's ironriver.jvm.options)")
	String serverJvm;

	@Option(names = "--url", description = "benchmark a server already running here (loopback) instead of starting one")
	URI url;

	@Option(names = "--server-pid", description = "with --url: the server's process id, to report its memory")
	Long serverPid;

	@Option(names = "--api-key", description = "X-API-Key for a secured installation (reader role is enough)")
	String apiKey;

	/**
	 * The endpoints measured; HOME is the floor: a static page through the same server,
	 * filters and client.
	 */
	enum Kind {

		SEARCH("search"), ENTITY("entity"), TRACE("trace"), TIMELINE("timeline"), CASE("case"), HOME("GET / (floor)");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	private static final List<String> CURATED_DEALERS = List.of("spragues-sports", "diamondback", "sng-tactical",
			"the-hub", "ammo-a-z");

	private static final List<String> CURATED_CASES = List.of("mx-v-sw-dmass", "mx-v-sw-1cir", "sw-v-mx-scotus",
			"mx-v-diamondback");

	private static final List<String> CURATED_SEARCHES = List.of("Interstate Arms", "Sprague", "Smith Wesson",
			"Diamondback", "Glock", "Mexico");

	/** The synthetic graph's lawsuits (SyntheticGraph.LAWSUITS of them). */
	private static final int SYNTHETIC_LAWSUITS = 20;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private URI base;

	@Override
	public Integer call() throws Exception {
		Process server = null;
		Path log = null;
		if (url == null) {
			var dir = SyntheticGraph.ensureStore(store, dealers, regenerate);
			prepare(dir);
			int port = freePort();
			base = URI.create("http://127.0.0.1:" + port);
			log = dir.resolveSibling(dir.getFileName() + "-server.log");
			server = startServer(dir, port, log);
		}
		else {
			base = url;
		}
		var host = InetAddress.getByName(base.getHost());
		if (!host.isLoopbackAddress()) {
			throw new IllegalArgumentException("the load benchmark only targets this machine (loopback), not " + base);
		}
		try {
			long pid = server != null ? server.pid() : serverPid != null ? serverPid : -1;
			awaitReady(server, log);
			System.out.printf("server %s (pid %s)%s, %d cores; %s dealers + the curated graph%n", base,
					pid < 0 ? "unknown" : pid,
					server != null ? ", JVM options: " + (serverJvm.isBlank() ? "(none)" : serverJvm) : "",
					Runtime.getRuntime().availableProcessors(), String.format("%,d synthetic", dealers));
			System.out.printf("warm-up: %d clients for %d s%n", clients, warmupSeconds);
			run(clients, warmupSeconds, -1);
			System.out.printf("baseline: 1 client for %d s, load average %s%n", baselineSeconds, loadAverage());
			var baseline = run(1, baselineSeconds, -1);
			var loadBefore = loadAverage();
			System.out.printf("load: %d clients for %d s, load average %s%n", clients, seconds, loadBefore);
			var load = run(clients, seconds, pid);
			var loadAfter = loadAverage();
			print(baseline, load);
			System.out.printf(
					"server resident memory: %s during the load (max of 1 s samples), peak %s; load average "
							+ "(1, 5, 15 min) before %s, after %s, on %d cores%n",
					mib(load.maxRssKb), mib(pid < 0 ? -1 : status(pid, "VmHWM")), loadBefore, loadAfter,
					Runtime.getRuntime().availableProcessors());
			return load.errors() == 0 && baseline.errors() == 0 ? 0 : 1;
		}
		finally {
			if (server != null) {
				server.destroy();
				server.waitFor();
			}
		}
	}

	/**
	 * Schema, curated graph and indexes made ready before the server starts, so that the
	 * benchmark does not measure index population over a freshly generated store (as
	 * bench-trace does).
	 */
	private void prepare(Path dir) {
		long start = System.nanoTime();
		try (var context = SpringContexts.withoutWeb("--ironriver.embedded.store-dir=" + dir.toAbsolutePath(),
				"--ironriver.embedded.bolt-port=0", "--ironriver.curated.enabled=true",
				// On a machine this busy, the curated load and index population can keep
				// the pool waiting.
				"--spring.neo4j.pool.connection-acquisition-timeout=120s")) {
			context.getBean(Neo4jSessions.class).transport().write(tx -> tx.run("CALL db.awaitIndexes(3600)"));
		}
		System.out.printf("store %s ready (schema, curated graph, indexes online) in %.1f s%n", dir,
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * {@code serve} in a JVM of its own, with the same classes: the packaged jar, or this
	 * class path.
	 */
	private Process startServer(Path dir, int port, Path log) throws IOException {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (!serverJvm.isBlank()) {
			command.addAll(Arrays.asList(serverJvm.strip().split("\\s+")));
		}
		var classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, "org.ironriver.IronriverApplication"));
		}
		command.addAll(List.of("serve", "--server.port=" + port, "--server.address=127.0.0.1",
				"--ironriver.embedded.store-dir=" + dir.toAbsolutePath(), "--ironriver.embedded.bolt-port=0",
				"--ironriver.curated.enabled=true"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// The per-caller rate limit would turn 50 clients from one address into 429s: the
		// benchmark measures the
		// server's capacity, not the limiter. (With --url, the server's own setting
		// applies.)
		builder.environment().put("IRONRIVER_RATE_LIMIT_PER_MINUTE", "0");
		return builder.start();
	}

	private void awaitReady(Process server, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (server != null && !server.isAlive()) {
				throw new IllegalStateException("the server stopped while starting; see " + log);
			}
			try {
				if (http.send(request("/"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(
				"the server was not ready within 15 minutes" + (log == null ? "" : "; see " + log));
	}

	private HttpRequest request(String pathAndQuery) {
		var builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(120)).GET();
		if (apiKey != null) {
			builder.header("X-API-Key", apiKey);
		}
		return builder.build();
	}

	/**
	 * One request of the mix: the endpoint in turn, the entity at random (a quarter from
	 * the curated graph).
	 */
	private String path(Kind kind, SplittableRandom random) {
		boolean curated = dealers == 0 || random.nextInt(4) == 0;
		String dealer = curated ? pick(CURATED_DEALERS, random) : SyntheticGraph.dealerId(random.nextInt(dealers));
		return switch (kind) {
			case SEARCH -> "/api/search?limit=20&q="
					+ URLEncoder.encode(curated ? pick(CURATED_SEARCHES, random) : "Dealer " + random.nextInt(dealers),
							StandardCharsets.UTF_8);
			case ENTITY -> "/api/entities/" + dealer;
			case TRACE -> "/api/trace?country=MX&maxHops=4&limit=25&from=" + dealer;
			case TIMELINE -> "/api/entities/"
					+ (random.nextBoolean() ? dealer : curatedOrSyntheticCase(curated, random)) + "/timeline";
			case CASE -> "/api/cases/" + curatedOrSyntheticCase(curated, random);
			case HOME -> "/";
		};
	}

	private static String curatedOrSyntheticCase(boolean curated, SplittableRandom random) {
		return curated ? pick(CURATED_CASES, random) : "lawsuit-syn-" + random.nextInt(SYNTHETIC_LAWSUITS);
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * What one phase measured: latencies by endpoint, error answers by endpoint and
	 * status.
	 */
	record Phase(int clients, double seconds, Map<Kind, long[]> latencies, Map<String, Long> errorsByKind,
			long maxRssKb) {

		long errors() {
			return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
		}

		long requests() {
			return latencies.values().stream().mapToLong(l -> l.length).sum();
		}
	}

	private Phase run(int clientCount, int phaseSeconds, long pid) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
		var recorders = new ArrayList<Recorder>();
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < clientCount; c++) {
			var recorder = new Recorder(new SplittableRandom(1000L + c), c);
			recorders.add(recorder);
			var thread = new Thread(() -> recorder.loop(end), "load-client-" + c);
			threads.add(thread);
		}
		long started = System.nanoTime();
		threads.forEach(Thread::start);
		var maxRss = new AtomicLong(-1);
		while (System.nanoTime() < end) {
			if (pid > 0) {
				maxRss.accumulateAndGet(status(pid, "VmRSS"), Math::max);
			}
			Thread.sleep(Math.max(1, Math.min(1000, (end - System.nanoTime()) / 1_000_000)));
		}
		for (var thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		var latencies = new TreeMap<Kind, long[]>();
		var errors = new TreeMap<String, Long>();
		for (var kind : Kind.values()) {
			latencies.put(kind,
					recorders.stream()
						.flatMapToLong(r -> Arrays.stream(r.times[kind.ordinal()], 0, r.counts[kind.ordinal()]))
						.sorted()
						.toArray());
		}
		recorders.forEach(r -> r.errors.forEach((k, v) -> errors.merge(k, v, Long::sum)));
		return new Phase(clientCount, elapsed, latencies, errors, maxRss.get());
	}

	/**
	 * One client: requests in turn over the kinds, each timed from send to the last byte
	 * of the answer.
	 */
	private final class Recorder {

		final SplittableRandom random;

		final long[][] times = new long[Kind.values().length][1024];

		final int[] counts = new int[Kind.values().length];

		final Map<String, Long> errors = new TreeMap<>();

		int next;

		Recorder(SplittableRandom random, int offset) {
			this.random = random;
			this.next = offset;
		}

		void loop(long end) {
			while (System.nanoTime() < end) {
				var kind = Kind.values()[next++ % Kind.values().length];
				var request = request(path(kind, random));
				long start = System.nanoTime();
				String failure = null;
				try {
					var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					if (response.statusCode() >= 400) {
						failure = Integer.toString(response.statusCode());
					}
				}
				catch (IOException ex) {
					failure = ex.getClass().getSimpleName();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				long elapsed = System.nanoTime() - start;
				if (failure != null) {
					errors.merge(kind.label + " " + failure, 1L, Long::sum);
				}
				int i = kind.ordinal();
				if (counts[i] == times[i].length) {
					times[i] = Arrays.copyOf(times[i], times[i].length * 2);
				}
				times[i][counts[i]++] = elapsed;
			}
		}

	}

	private void print(Phase baseline, Phase load) {
		System.out.printf("%n%-16s %9s %7s %9s %9s %9s %8s   %s%n", "endpoint", "requests", "errors", "p50 ms",
				"p95 ms", "p99 ms", "req/s", "x baseline (p50, p95, p99)");
		for (var phase : List.of(baseline, load)) {
			System.out.printf("-- %s: %d client%s, %.1f s, %,d requests, %,.1f req/s, %d errors%n",
					phase == baseline ? "baseline" : "load", phase.clients(), phase.clients() == 1 ? "" : "s",
					phase.seconds(), phase.requests(), phase.requests() / phase.seconds(), phase.errors());
			var all = new ArrayList<long[]>();
			for (var kind : Kind.values()) {
				var times = phase.latencies().get(kind);
				if (kind != Kind.HOME) {
					all.add(times);
				}
				long errors = phase.errorsByKind()
					.entrySet()
					.stream()
					.filter(e -> e.getKey().startsWith(kind.label + " "))
					.mapToLong(Map.Entry::getValue)
					.sum();
				row(kind.label, times, errors, phase.seconds(), phase == load ? baseline.latencies().get(kind) : null);
			}
			var overall = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			var baselineOverall = baseline.latencies()
				.entrySet()
				.stream()
				.filter(e -> e.getKey() != Kind.HOME)
				.flatMapToLong(e -> Arrays.stream(e.getValue()))
				.sorted()
				.toArray();
			long errors = phase.errorsByKind()
				.entrySet()
				.stream()
				.filter(e -> !e.getKey().startsWith(Kind.HOME.label))
				.mapToLong(Map.Entry::getValue)
				.sum();
			row("all 5 endpoints", overall, errors, phase.seconds(), phase == load ? baselineOverall : null);
			if (!phase.errorsByKind().isEmpty()) {
				System.out.println("   errors: " + phase.errorsByKind());
			}
		}
	}

	private static void row(String label, long[] sorted, long errors, double seconds, long[] baseline) {
		var ratio = baseline == null || baseline.length == 0 || sorted.length == 0 ? ""
				: String.format("%.1f, %.1f, %.1f", ratio(sorted, baseline, 0.50), ratio(sorted, baseline, 0.95),
						ratio(sorted, baseline, 0.99));
		System.out.printf("%-16s %,9d %7d %9.1f %9.1f %9.1f %8.1f   %s%n", label, sorted.length, errors,
				percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, percentile(sorted, 0.99) / 1e6,
				sorted.length / seconds, ratio);
	}

	private static double ratio(long[] a, long[] b, double p) {
		return percentile(a, p) / (double) Math.max(1, percentile(b, p));
	}

	private static long percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static String loadAverage() {
		try {
			var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/**
	 * A field of /proc/&lt;pid&gt;/status in kB (VmRSS, VmHWM), or -1 where there is
	 * none.
	 */
	private static long status(long pid, String field) {
		try {
			for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("\\D+", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended, or this is not Linux
		}
		return -1;
	}

	private static String mib(long kb) {
		return kb < 0 ? "unknown" : (kb / 1024) + " MiB";
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
