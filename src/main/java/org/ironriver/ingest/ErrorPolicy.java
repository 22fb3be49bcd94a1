package org.ironriver.ingest;

import java.nio.file.Path;

/**
 * What a bad row does to an import, decided once per run (the role of neo4j-admin
 * import's {@code Collector}): strict, where any error leaves the whole file unwritten,
 * or skip-invalid, where rejected rows go with their reasons to a reject file and the
 * rest is written — unless the file as a whole is at fault (encoding, header,
 * truncation), where no row can be trusted. Either way at most {@link #REPORTED_ERRORS}
 * errors are kept for the report; the count covers all of them.
 *
 * @param skipInvalid write the valid rows and reject the others
 * @param rejectFile where the rejected rows go; null for next to the input
 */
public record ErrorPolicy(boolean skipInvalid, Path rejectFile) {

	/** Errors kept for the report; the count covers all of them. */
	public static final int REPORTED_ERRORS = 1_000;

	public static ErrorPolicy of(ImportOptions options) {
		return new ErrorPolicy(options.skipInvalid(), options.rejectFile());
	}

	/** The errors of one file, written to its reject file when rows are skipped. */
	public ErrorCollector collector(Path input, String name) {
		Path rejects = null;
		if (skipInvalid) {
			rejects = rejectFile != null ? rejectFile : RejectWriter.defaultFor(input);
		}
		return new ErrorCollector(name, rejects);
	}

	/** Whether a validated file may be written. */
	public boolean allowsWriting(Validation validation) {
		return validation.errorCount() == 0 || (skipInvalid && !validation.fatal());
	}

}
