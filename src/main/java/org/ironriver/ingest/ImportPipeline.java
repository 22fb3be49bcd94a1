package org.ironriver.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.ironriver.database.GraphTransport;
import org.ironriver.ingest.facts.FactsImporter;
import org.ironriver.ingest.ffl.FflImporter;
import org.ironriver.ingest.ftm.FtmImporter;
import org.ironriver.ingest.trace.TraceImporter;

/**
 * The one import pipeline every format goes through, in the roles of neo4j-admin import:
 * the format's reader and validator read the whole file and hand every problem to the
 * {@link ErrorCollector}; the {@link ErrorPolicy} decides whether the file may be
 * written; only then the format's writer writes it in batches, one transaction each,
 * through the one {@link GraphTransport}, while {@link ImportRecorder} records the run.
 * Nothing is written from a file that fails validation, unless invalid rows are to be
 * skipped and the file as a whole is sound.
 */
public final class ImportPipeline {

	private final ImportFormat format;

	private final GraphTransport graph;

	private final Progress progress;

	public ImportPipeline(ImportFormat format, GraphTransport graph, Progress progress) {
		this.format = format;
		this.graph = graph;
		this.progress = progress;
	}

	/** The pipeline for one file of the given kind. */
	public static ImportPipeline of(ImportKind kind, GraphTransport graph, Progress progress) {
		var format = switch (kind) {
			case FFL -> new FflImporter();
			case FACTS -> new FactsImporter();
			case TRACE -> new TraceImporter();
			case FTM -> new FtmImporter();
		};
		return new ImportPipeline(format, graph, progress);
	}

	/**
	 * Reads and validates the whole file; writes nothing. The file's problems become its
	 * errors: a file that cannot be read at all is one error, never an exception.
	 */
	public Validation validate(Path path, String name, ImportOptions options) {
		var collector = ErrorPolicy.of(options).collector(path, name);
		String checksum = null;
		try (collector) {
			collector.open();
			checksum = format.validate(path, name, options, collector, graph);
		}
		catch (InputFile.FileProblem ex) {
			collector.fileError(new RowError(name, Math.max(ex.line(), 1), null, ex.getMessage()));
		}
		catch (IOException ex) {
			collector.fileError(new RowError(name, 0, null, "file: cannot read: " + ex.getMessage()));
		}
		catch (UncheckedIOException ex) {
			collector.fileError(new RowError(name, 0, null, "file: " + ex.getMessage()));
		}
		return collector.validation(path, checksum);
	}

	/** Validates the file; the result writes it, if the policy allows. */
	public PreparedImport prepare(Path path, String name, ImportOptions options) {
		var validation = validate(path, name, options);
		return new PreparedImport(validation, format.order(validation),
				ErrorPolicy.of(options).allowsWriting(validation), () -> write(validation, options));
	}

	/** Validates and, when the file is valid (or invalid rows are skipped), writes it. */
	public ImportSummary importFile(Path path, String name, ImportOptions options) {
		return prepare(path, name, options).writeOrReject();
	}

	/**
	 * Writes a validated file and records the run. A failure midway leaves every batch
	 * written so far whole and is thrown as {@link ImportFailedException} with what was
	 * written.
	 */
	public ImportSummary write(Validation validation, ImportOptions options) {
		long started = System.nanoTime();
		var kind = format.kind();
		var source = format.fileSource(validation, options, ImportRecorder.sourceId(kind, validation.checksum()));
		var run = ImportRecorder.start(graph, progress, kind, validation, options, source, started);
		try {
			progress.start(kind.key() + " " + validation.name(), validation.validRows());
			format.write(validation, options, run);
			progress.finish();
		}
		catch (IOException ex) {
			throw ImportRecorder.failed(run, new UncheckedIOException(ex));
		}
		catch (RuntimeException ex) {
			throw ImportRecorder.failed(run, ex);
		}
		return ImportRecorder.completed(run);
	}

}
