package org.ironriver.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The errors of one file as its reader and validator find them: every one counted, the
 * first {@link ErrorPolicy#REPORTED_ERRORS} kept, the rejected rows' lines remembered (so
 * the write pass skips them) and, under skip-invalid, each rejected row written to the
 * reject file with its reasons. An error of the file as a whole ({@link #fileError})
 * makes the file unwritable whatever the policy.
 */
public final class ErrorCollector implements AutoCloseable {

	private final String name;

	private final Path rejectFile;

	private final List<RowError> errors = new ArrayList<>();

	private final BitSet rejected = new BitSet();

	private RejectWriter rejects;

	private long errorCount;

	private long rowErrorCount;

	private long rows;

	ErrorCollector(String name, Path rejectFile) {
		this.name = name;
		this.rejectFile = rejectFile;
	}

	/**
	 * Creates the reject file (with its header, even if no row is rejected, so a run
	 * always leaves one to look at).
	 */
	void open() {
		if (rejectFile != null && rejects == null) {
			rejects = new RejectWriter(rejectFile);
		}
	}

	public String name() {
		return name;
	}

	/** One more data row read (rejected or not). */
	public void row() {
		rows++;
	}

	public long rows() {
		return rows;
	}

	/** A problem of the file as a whole: nothing of it is written. */
	public void fileError(RowError error) {
		add(error);
	}

	/** Rejects the row on {@code line} for these reasons. */
	public void reject(long line, List<RowError> rowErrors, String raw) {
		rejected.set(Math.toIntExact(line));
		for (var error : rowErrors) {
			rowErrorCount++;
			add(error);
			if (rejects != null) {
				rejects.reject(error, raw);
			}
		}
	}

	/** Whether the row on {@code line} has been rejected. */
	public boolean rejected(long line) {
		return rejected.get(Math.toIntExact(line));
	}

	/**
	 * The rejected lines so far, live: a format that refers across rows checks it while
	 * it validates.
	 */
	public BitSet rejectedLines() {
		return rejected;
	}

	/** Whether the file as a whole is at fault. */
	public boolean fatal() {
		return errorCount > rowErrorCount;
	}

	private void add(RowError error) {
		errorCount++;
		if (errors.size() < ErrorPolicy.REPORTED_ERRORS) {
			errors.add(error);
		}
	}

	Validation validation(Path path, String checksum) {
		return new Validation(path, name, checksum, rows, rejected, List.copyOf(errors), errorCount, fatal(),
				rejectFile);
	}

	@Override
	public void close() {
		if (rejects != null) {
			rejects.close();
		}
	}

}
