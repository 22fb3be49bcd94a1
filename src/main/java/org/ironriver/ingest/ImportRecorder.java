package org.ironriver.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.database.GraphTransport;

/**
 * Records each import in the graph: an {@code (:Import)} node (file, checksum, counts,
 * status, when, by whom) and the {@code (:Entity:Source)} node for the file that the
 * written relationships cite. An import's id is derived from the kind and the file's
 * checksum, so running the same file again, after a crash or by mistake, continues the
 * same import instead of creating a second one. The one place a run starts
 * ({@link #start}), completes ({@link #completed}) or fails ({@link #failed}), and so the
 * one place its summary is made.
 */
public final class ImportRecorder {

	public static final String RUNNING = "running";

	public static final String COMPLETED = "completed";

	public static final String FAILED = "failed";

	private ImportRecorder() {
	}

	public static String importId(ImportKind kind, String checksum) {
		return "import-" + kind.key() + "-" + checksum.substring(0, 16);
	}

	public static String sourceId(ImportKind kind, String checksum) {
		return "src-import-" + kind.key() + "-" + checksum.substring(0, 16);
	}

	/** The file as evidence. */
	public record FileSource(String id, String title, String url, LocalDate published) {
	}

	/**
	 * Marks the import of a validated file running: the run that writes it.
	 * @param started when the write began ({@link System#nanoTime()}), for the summary
	 */
	static ImportRun start(GraphTransport graph, Progress progress, ImportKind kind, Validation validation,
			ImportOptions options, FileSource source, long started) {
		long run = start(graph, kind, importId(kind, validation.checksum()), validation.name(), validation.checksum(),
				validation.rows(), options, source);
		return new ImportRun(kind, validation, graph, progress, run, started);
	}

	/** Marks the run completed with its counts and returns its summary. */
	static ImportSummary completed(ImportRun run) {
		var summary = run.summary(COMPLETED, true);
		finish(run.graph(), summary, COMPLETED, null);
		return summary;
	}

	/**
	 * The failure of a run midway, marked on its Import node when the database lets it
	 * (it is often what failed: then the import stays "running" and the caller records it
	 * later).
	 */
	static ImportFailedException failed(ImportRun run, RuntimeException cause) {
		var summary = run.summary(FAILED, false);
		boolean recorded = fail(run.graph(), summary.importId(), run.run(), summary.created(), summary.updated(),
				summary.unchanged(), summary.rejected(), String.valueOf(cause.getMessage()));
		return new ImportFailedException(summary, run.run(), recorded, cause);
	}

	/**
	 * Marks the import running and returns which run of it this is (1 the first time).
	 */
	private static long start(GraphTransport target, ImportKind kind, String importId, String file, String checksum,
			long rows, ImportOptions options, FileSource source) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", importId);
		parameters.put("kind", kind.key());
		parameters.put("file", file);
		parameters.put("checksum", checksum);
		parameters.put("rows", rows);
		parameters.put("user", options.user());
		parameters.put("source", source == null ? null : sourceProperties(source, importId));
		return target.write(tx -> tx.run("""
				MERGE (i:Import {id: $id})
				ON CREATE SET i.kind = $kind, i.file = $file, i.checksum = $checksum, i.runs = 0
				SET i.status = 'running', i.rows = $rows, i.user = $user, i.startedAt = datetime(), i.finishedAt = null,
				    i.runs = i.runs + 1, i.sourceId = $source.id
				WITH i
				CALL (i) {
				  WITH i WHERE $source IS NOT NULL
				  MERGE (s:Entity {id: $source.id})
				  ON CREATE SET s:Source, s.origin = $id
				  SET s.name = $source.title, s.title = $source.title, s.kind = 'dataset', s.url = $source.url,
				      s.published = $source.published, s.retrieved = date(), s.importId = $id
				}
				RETURN i.runs AS runs
				""", parameters)).rows().stream().findFirst().map(r -> ((Number) r.get("runs")).longValue()).orElse(0L);
	}

	private static Map<String, Object> sourceProperties(FileSource source, String importId) {
		var map = new HashMap<String, Object>();
		map.put("id", source.id());
		map.put("title", source.title());
		map.put("url", source.url());
		map.put("published", source.published());
		return map;
	}

	/**
	 * Records how a run ended, with its counts and what it passed over: the skipped count
	 * and, since a property cannot hold a map, one text per skipped kind
	 * ({@code Person.website: 3 (no place in the model)}).
	 */
	private static void finish(GraphTransport target, ImportSummary summary, String status, String error) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", summary.importId());
		parameters.put("status", status);
		parameters.put("created", summary.created());
		parameters.put("updated", summary.updated());
		parameters.put("unchanged", summary.unchanged());
		parameters.put("rejected", summary.rejected());
		parameters.put("skipped", summary.skipped());
		parameters.put("skips",
				summary.skips()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue().count() + " (" + e.getValue().reason() + ")")
					.toList());
		parameters.put("error", error);
		target.write(tx -> tx.run("""
				MATCH (i:Import {id: $id})
				SET i.status = $status, i.created = $created, i.updated = $updated, i.unchanged = $unchanged,
				    i.rejected = $rejected, i.skipped = $skipped, i.skips = $skips, i.error = $error,
				    i.finishedAt = datetime()
				""", parameters));
	}

	/**
	 * Marks one run of an import failed, unless a later run has started since (a re-run
	 * of the same file). Returns false instead of throwing when it cannot be written: the
	 * database is often what failed.
	 */
	public static boolean fail(GraphTransport target, String importId, long run, long created, long updated,
			long unchanged, long rejected, String error) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", importId);
		parameters.put("run", run);
		parameters.put("created", created);
		parameters.put("updated", updated);
		parameters.put("unchanged", unchanged);
		parameters.put("rejected", rejected);
		parameters.put("error", error);
		try {
			target.write(tx -> tx.run("""
					MATCH (i:Import {id: $id}) WHERE i.status = 'running' AND i.runs = $run
					SET i.status = 'failed', i.created = $created, i.updated = $updated, i.unchanged = $unchanged,
					    i.rejected = $rejected, i.error = $error, i.finishedAt = datetime()
					""", parameters));
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The recorded imports, newest first. */
	public static List<Map<String, Object>> list(GraphTransport target, int limit) {
		return target.read(tx -> tx.run("""
				MATCH (i:Import)
				RETURN i.id AS id, i.kind AS kind, i.file AS file, i.checksum AS checksum, i.status AS status,
				       i.rows AS rows, i.created AS created, i.updated AS updated, i.unchanged AS unchanged,
				       i.rejected AS rejected, coalesce(i.skipped, 0) AS skipped, coalesce(i.skips, []) AS skips,
				       i.user AS user, toString(i.startedAt) AS startedAt,
				       toString(i.finishedAt) AS finishedAt, i.runs AS runs, i.sourceId AS sourceId, i.error AS error
				ORDER BY i.startedAt DESC LIMIT $limit
				""", Map.of("limit", limit)).rows());
	}

}
