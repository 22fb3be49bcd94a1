package org.ironriver.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditEvent;
import org.ironriver.audit.AuditLog;
import org.ironriver.database.GraphTransport;
import org.ironriver.database.Neo4jSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * The seam every bulk import goes through (CLI and REST): validate every file first,
 * write only what may be written, record each import, audit each outcome. Each file goes
 * through the {@link ImportPipeline} of its kind; writes go through the one
 * {@link GraphTransport}: straight to the embedded database when it runs in this JVM,
 * over the driver otherwise (an external server, or a running ironriver reached at
 * {@code NEO4J_URI}).
 */
@Service
public class ImportService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/**
	 * Asked for the transport on each use: the embedded database may still be starting
	 * while this bean is built.
	 */
	private final Neo4jSessions sessions;

	private final AuditLog audit;

	/**
	 * Failed runs whose Import node could not be marked failed yet (the database was
	 * away): retried until it is back.
	 */
	private final ConcurrentLinkedQueue<ImportFailedException> unrecorded = new ConcurrentLinkedQueue<>();

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "import-failure-recorder");
		thread.setDaemon(true);
		return thread;
	});

	ImportService(Neo4jSessions sessions, AuditLog audit) {
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Where imports write (and the reads that validate them). */
	public GraphTransport target() {
		return sessions.transport();
	}

	/**
	 * A file to import and the name it is reported under (an upload's original name, or
	 * the path as given).
	 */
	public record InputFileRef(Path path, String name) {
	}

	/**
	 * {@link #importFiles(ImportKind, List, ImportOptions, Progress, Actor)} from the
	 * command line.
	 */
	public List<ImportSummary> importFiles(ImportKind kind, List<InputFileRef> files, ImportOptions options,
			Progress progress) {
		return importFiles(kind, files, options, progress, Actor.cli());
	}

	/**
	 * Validates all files, then writes them. Throws {@link InvalidInputException} with
	 * every file's errors, writing nothing, when any file has errors that the options do
	 * not allow to skip. Every file's outcome is audited (completed, failed or invalid,
	 * with its counts) as done by {@code actor}.
	 */
	public List<ImportSummary> importFiles(ImportKind kind, List<InputFileRef> files, ImportOptions options,
			Progress progress, Actor actor) {
		var prepared = new ArrayList<PreparedImport>();
		var errors = new ArrayList<RowError>();
		long errorCount = 0;
		boolean blocked = false;
		for (var file : files) {
			var p = ImportPipeline.of(kind, target(), progress).prepare(file.path(), file.name(), options);
			prepared.add(p);
			// a writable file's errors are those of the rows skipped: they are in its
			// reject file, not in the report
			if (!p.writable()) {
				blocked = true;
				errorCount += p.errorCount();
				p.errors().stream().limit(ErrorPolicy.REPORTED_ERRORS - errors.size()).forEach(errors::add);
			}
		}
		if (blocked) {
			for (var p : prepared) {
				if (!p.writable()) {
					audit.record(AuditEvent.imported(actor, kind.key(), p.name(), null, null, "invalid", 0, 0, 0, 0,
							p.errorCount(), p.errors().isEmpty() ? null : p.errors().get(0).toString()));
				}
			}
			throw new InvalidInputException(errors, errorCount);
		}
		prepared.sort(Comparator.comparing(PreparedImport::order));
		var summaries = new ArrayList<ImportSummary>();
		for (var p : prepared) {
			try {
				var summary = p.write();
				audited(actor, summary, null);
				summaries.add(summary);
			}
			catch (ImportFailedException ex) {
				audited(actor, ex.summary(), String.valueOf(ex.getCause().getMessage()));
				if (!ex.recorded()) {
					unrecorded.add(ex);
					retries.schedule(this::recordFailures, 1, TimeUnit.SECONDS);
				}
				throw ex;
			}
		}
		return summaries;
	}

	private void audited(Actor actor, ImportSummary s, String error) {
		audit.record(AuditEvent.imported(actor, s.kind(), s.file(), s.checksum(), s.importId(), s.status(), s.read(),
				s.created(), s.updated(), s.unchanged(), s.rejected(), error));
		audit.importMeters(s.kind(), s.status(), s.seconds(), s.created(), s.updated(), s.unchanged(), s.rejected());
	}

	/**
	 * Marks the failed runs that could not be marked when they failed; tries again a
	 * little later while it cannot.
	 */
	private void recordFailures() {
		ImportFailedException failure;
		while ((failure = unrecorded.peek()) != null) {
			var s = failure.summary();
			if (!ImportRecorder.fail(target(), s.importId(), failure.run(), s.created(), s.updated(), s.unchanged(),
					s.rejected(), String.valueOf(failure.getCause().getMessage()))) {
				retries.schedule(this::recordFailures, 2, TimeUnit.SECONDS);
				return;
			}
			unrecorded.poll();
			log.info("Import {} ({}) recorded as failed now that the database is back", s.importId(), s.file());
		}
	}

	@Override
	public void destroy() {
		retries.shutdownNow();
		if (!unrecorded.isEmpty()) {
			log.warn(
					"{} failed import(s) still shown as running: the database did not come back; a re-run completes them",
					unrecorded.size());
		}
	}

	public List<Map<String, Object>> recordedImports(int limit) {
		return ImportRecorder.list(target(), limit);
	}

}
