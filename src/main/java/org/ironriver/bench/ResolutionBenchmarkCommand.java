package org.ironriver.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.ironriver.cli.SpringContexts;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.records.Names;
import org.ironriver.resolution.EntityRecord;
import org.ironriver.resolution.LabelledLicensees;
import org.ironriver.resolution.Resolution;
import org.ironriver.resolution.ResolutionService;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Resolution on labelled licensees ({@link LabelledLicensees}: known duplicates and known
 * look-alikes): precision and recall at the threshold and the time to resolve them,
 * against a baseline in the same run, the rule the imports use today (the same type and
 * the same normalized name are one entity). Figures for the pairs scored at or above the
 * threshold, and for the clusters they join into (every pair joined through other pairs
 * counts, as a cluster of judgements would). Not a test: run it by hand
 * (docs/resolution.md).
 */
@Command(name = "bench-resolve", hidden = true, mixinStandardHelpOptions = true,
		description = "Benchmark entity resolution on labelled licensees: precision, recall, time.")
public class ResolutionBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--licensees", defaultValue = "100000", description = "labelled records")
	int licensees;

	@Option(names = "--seed", defaultValue = "42")
	long seed;

	@Option(names = "--threshold", defaultValue = "" + Resolution.DEFAULT_THRESHOLD)
	double threshold;

	@Option(names = "--runs", defaultValue = "3", description = "timed runs (the best and the last are printed)")
	int runs;

	@Option(names = "--graph",
			description = "also time the service (GET /api/resolution/candidates) on the records written into a store "
					+ "of their own, target/bench/resolution-<licensees> (regenerated)")
	boolean graph;

	@Override
	public Integer call() throws IOException {
		System.out.println("load average before: " + TraceBenchmarkCommand.loadAverage());
		var labelled = LabelledLicensees.generate(licensees, seed);
		var records = labelled.stream().map(LabelledLicensees.Labelled::record).toList();
		var truth = new HashMap<String, String>();
		var kinds = new HashMap<String, Integer>();
		labelled.forEach(l -> {
			truth.put(l.record().id(), l.truth());
			kinds.merge(l.kind(), 1, Integer::sum);
		});
		long truePairs = truePairs(labelled);
		System.out.printf("%,d labelled records (%s), %,d true duplicate pairs, threshold %.2f%n", records.size(),
				kinds, truePairs, threshold);

		List<String[]> pairs = List.of();
		long best = Long.MAX_VALUE;
		long last = 0;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			var candidates = Resolution.candidates(records, threshold, Set.of(), Map.of());
			last = System.nanoTime() - start;
			best = Math.min(best, last);
			pairs = candidates.stream().map(c -> new String[] { c.left().id(), c.right().id() }).toList();
		}
		System.out.printf(
				"resolution: %,d candidate pairs in %.2f s (best of %d; last %.2f s), %,d pairs scored a run of %,d possible%n",
				pairs.size(), best / 1e9, runs, last / 1e9, Resolution.compared() / runs,
				(long) records.size() * (records.size() - 1) / 2);
		report("resolution, pairs   ", pairs, truth, truePairs);
		report("resolution, clusters", clusterPairs(records, pairs), truth, truePairs);

		long start = System.nanoTime();
		var baseline = exactNamePairs(records);
		long baselineTime = System.nanoTime() - start;
		System.out.printf("baseline (same type and normalized name): %,d pairs in %.2f s%n", baseline.size(),
				baselineTime / 1e9);
		report("baseline            ", baseline, truth, truePairs);
		if (graph) {
			service(records);
		}
		System.out.println("load average after: " + TraceBenchmarkCommand.loadAverage());
		return 0;
	}

	/**
	 * The same records as graph nodes, resolved by the service as a REST or CLI call
	 * does: reading the entities from the graph is part of the time.
	 */
	private void service(List<EntityRecord> records) throws IOException {
		var dir = Path.of("target/bench/resolution-" + licensees);
		FileSystemUtils.deleteRecursively(dir);
		try (var context = SpringContexts.withoutWeb("--ironriver.embedded.store-dir=" + dir.toAbsolutePath(),
				"--ironriver.embedded.bolt-port=0", "--ironriver.curated.enabled=false")) {
			var sessions = context.getBean(Neo4jSessions.class);
			long start = System.nanoTime();
			for (var type : Resolution.TYPES) {
				var rows = new ArrayList<Map<String, Object>>();
				for (var record : records) {
					if (record.type().equals(type)) {
						rows.add(Map.of("id", record.id(), "properties", record.properties()));
					}
				}
				// The label is one of Resolution.TYPES, the model's own names, never
				// input.
				var create = "UNWIND $rows AS row CREATE (n:Entity:" + type + ") SET n = row.properties, n.id = row.id";
				for (int from = 0; from < rows.size(); from += 10_000) {
					var part = rows.subList(from, Math.min(rows.size(), from + 10_000));
					sessions.transport().write(tx -> tx.run(create, Map.of("rows", part)));
				}
			}
			System.out.printf("wrote %,d nodes in %.1f s%n", records.size(), (System.nanoTime() - start) / 1e9);
			var service = context.getBean(ResolutionService.class);
			long best = Long.MAX_VALUE;
			int total = 0;
			for (int run = 0; run < runs; run++) {
				long began = System.nanoTime();
				total = service.candidates(threshold, null, 0, ResolutionService.MAX_LIMIT).total();
				best = Math.min(best, System.nanoTime() - began);
			}
			System.out.printf(
					"service (read from the graph, resolved, first page): %,d candidates in %.2f s (best of %d)%n",
					total, best / 1e9, runs);
		}
	}

	private static void report(String label, List<String[]> pairs, Map<String, String> truth, long truePairs) {
		long correct = pairs.stream().filter(p -> truth.get(p[0]).equals(truth.get(p[1]))).count();
		System.out.printf("%s  precision %.4f  recall %.4f  (%,d of %,d found pairs right, %,d of %,d true pairs)%n",
				label, pairs.isEmpty() ? 1.0 : correct / (double) pairs.size(), correct / (double) truePairs, correct,
				pairs.size(), correct, truePairs);
	}

	private static long truePairs(List<LabelledLicensees.Labelled> labelled) {
		var sizes = new HashMap<String, Integer>();
		labelled.forEach(l -> sizes.merge(l.truth(), 1, Integer::sum));
		return sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
	}

	/** Every pair of records in one connected component of the found pairs. */
	private static List<String[]> clusterPairs(List<EntityRecord> records, List<String[]> pairs) {
		var parent = new HashMap<String, String>();
		records.forEach(r -> parent.put(r.id(), r.id()));
		for (var pair : pairs) {
			parent.put(root(parent, pair[0]), root(parent, pair[1]));
		}
		var members = new HashMap<String, List<String>>();
		records.forEach(r -> members.computeIfAbsent(root(parent, r.id()), k -> new ArrayList<>()).add(r.id()));
		return allPairs(members.values());
	}

	private static String root(Map<String, String> parent, String id) {
		var root = id;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		parent.put(id, root);
		return root;
	}

	/** Today's rule: the same type label and the same normalized name. */
	private static List<String[]> exactNamePairs(List<EntityRecord> records) {
		var groups = new HashMap<String, List<String>>();
		for (var record : records) {
			groups
				.computeIfAbsent(record.type() + "|" + Names.normalize((String) record.properties().get("name")),
						k -> new ArrayList<>())
				.add(record.id());
		}
		return allPairs(groups.values());
	}

	private static List<String[]> allPairs(Iterable<List<String>> groups) {
		var pairs = new ArrayList<String[]>();
		var seen = new HashSet<String>();
		for (var group : groups) {
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					if (seen.add(Resolution.pairKey(group.get(i), group.get(j)))) {
						pairs.add(new String[] { group.get(i), group.get(j) });
					}
				}
			}
		}
		return pairs;
	}

}
