package org.ironriver.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.ironriver.database.GraphTransport;

/**
 * What one input format adds to the {@link ImportPipeline}: how its rows are read and
 * checked, and how the valid ones are written in batches. Everything else (the reject
 * file, the error cap, which errors stop a file, the {@code Import} record, the summary,
 * what a failure midway reports) is the pipeline's.
 *
 * <p>
 * One instance serves one file: what {@link #validate} learns about it (FFL's listing
 * month and cities) is what {@link #write} writes from.
 */
public interface ImportFormat {

	ImportKind kind();

	/**
	 * Reads the whole file, hands every row and every problem to {@code collector}, and
	 * returns the SHA-256 of the file's bytes. Writes nothing: reads of the graph (to
	 * resolve what rows name) go through {@code graph}'s read transactions.
	 * @throws InputFile.FileProblem when the file as a whole cannot be read on (the
	 * pipeline records it as the file's error)
	 */
	String validate(Path path, String name, ImportOptions options, ErrorCollector collector, GraphTransport graph)
			throws IOException;

	/**
	 * Writes the valid rows of a validated file in batches, each batch one transaction of
	 * {@code run.graph()}, counting them in {@code run}. A failure is thrown as it is;
	 * the pipeline records it.
	 */
	void write(Validation validation, ImportOptions options, ImportRun run) throws IOException;

	/**
	 * How several files of one command are ordered (the FFL listing: by month, so
	 * first/last listed come out right).
	 */
	default String order(Validation validation) {
		return validation.name();
	}

	/**
	 * The file as a whole as evidence, recorded when its import starts, or null when rows
	 * cite their own sources (and the file only where a format says so).
	 */
	default ImportRecorder.FileSource fileSource(Validation validation, ImportOptions options, String sourceId) {
		return null;
	}

}
