package org.ironriver.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ironriver.database.GraphTransport;

/**
 * One run of an import being written: its ids (derived from the kind and the file's
 * checksum, so a re-run continues the same import), where it writes, and its counts so
 * far. Writer threads add to the counts concurrently. Started, completed and failed by
 * {@link ImportRecorder}.
 */
public final class ImportRun {

	private final ImportKind kind;

	private final Validation validation;

	private final GraphTransport graph;

	private final Progress progress;

	private final String importId;

	private final String sourceId;

	private final long run;

	private final long started;

	private final AtomicLong created = new AtomicLong();

	private final AtomicLong updated = new AtomicLong();

	private final AtomicLong unchanged = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	/** What was not imported, by schema and property, sorted for the summary. */
	private final Map<String, ImportSummary.Skip> skips = new TreeMap<>();

	ImportRun(ImportKind kind, Validation validation, GraphTransport graph, Progress progress, long run, long started) {
		this.kind = kind;
		this.validation = validation;
		this.graph = graph;
		this.progress = progress;
		this.importId = ImportRecorder.importId(kind, validation.checksum());
		this.sourceId = ImportRecorder.sourceId(kind, validation.checksum());
		this.run = run;
		this.started = started;
	}

	public GraphTransport graph() {
		return graph;
	}

	public Progress progress() {
		return progress;
	}

	/**
	 * The import's id: the origin of what it creates, listed in the imports of all it
	 * touches.
	 */
	public String importId() {
		return importId;
	}

	/**
	 * The id of the file's own {@code Source} node, for rows the file as a whole
	 * supports.
	 */
	public String sourceId() {
		return sourceId;
	}

	/** Rows that created something. */
	public void created(long rows) {
		created.addAndGet(rows);
	}

	/** Rows that changed what was there. */
	public void updated(long rows) {
		updated.addAndGet(rows);
	}

	/** Rows whose facts the graph already had, as they were. */
	public void unchanged(long rows) {
		unchanged.addAndGet(rows);
	}

	/** Rows passed over whole: the model has no place for them. */
	public void skipped(long rows) {
		skipped.addAndGet(rows);
	}

	/**
	 * One value (or row) of {@code what} ({@code Person.website}) not imported, for
	 * {@code reason}; the first reason given for a kind is the one reported.
	 */
	public void skip(String what, String reason) {
		synchronized (skips) {
			skips.merge(what, new ImportSummary.Skip(1, reason),
					(a, b) -> new ImportSummary.Skip(a.count() + 1, a.reason()));
		}
	}

	long run() {
		return run;
	}

	ImportSummary summary(String status, boolean withRejectFile) {
		return new ImportSummary(importId, kind.key(), validation.name(), validation.checksum(), validation.rows(),
				created.get(), updated.get(), unchanged.get(), validation.rejectedRows(), skipped.get(), skipsCopy(),
				status, withRejectFile && validation.rejectFile() != null ? validation.rejectFile().toString() : null,
				(System.nanoTime() - started) / 1e9);
	}

	private Map<String, ImportSummary.Skip> skipsCopy() {
		synchronized (skips) {
			return new TreeMap<>(skips);
		}
	}

}
