package org.ironriver.ingest;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * What validating a whole file learned, whatever its format: its checksum (which names
 * the import), how many rows it has, which of them are rejected and why. Nothing has been
 * written yet.
 *
 * @param checksum SHA-256 of the file's bytes; null when it could not be read to the end
 * @param rows data rows read, rejected ones included
 * @param rejected the lines of the rejected rows
 * @param errors the first {@link ErrorPolicy#REPORTED_ERRORS} errors
 * @param errorCount all errors
 * @param fatal the file as a whole is at fault (encoding, header, truncation…): no row of
 * it may be written
 * @param rejectFile where the rejected rows went; null unless skipping invalid rows
 */
public record Validation(Path path, String name, String checksum, long rows, BitSet rejected, List<RowError> errors,
		long errorCount, boolean fatal, Path rejectFile) {

	public long rejectedRows() {
		return rejected.cardinality();
	}

	/** The rows that will be written. */
	public long validRows() {
		return rows - rejectedRows();
	}

	public boolean rejected(long line) {
		return rejected.get(Math.toIntExact(line));
	}

}
