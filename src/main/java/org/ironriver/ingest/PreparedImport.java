package org.ironriver.ingest;

import java.util.List;
import java.util.function.Supplier;

/**
 * A file that has been validated whole and can now be written, if its errors allow.
 *
 * @param order how several files of one command are ordered
 * @param writable valid, or invalid rows are to be skipped and the file as a whole is
 * sound ({@link ErrorPolicy})
 * @param writer writes the validated file
 */
public record PreparedImport(Validation validation, String order, boolean writable, Supplier<ImportSummary> writer) {

	public String name() {
		return validation.name();
	}

	public List<RowError> errors() {
		return validation.errors();
	}

	public long errorCount() {
		return validation.errorCount();
	}

	public ImportSummary write() {
		return writer.get();
	}

	/** Writes the file when it may be written, else rejects it whole with its errors. */
	public ImportSummary writeOrReject() {
		if (!writable) {
			throw new InvalidInputException(errors(), errorCount());
		}
		return write();
	}

}
