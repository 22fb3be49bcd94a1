package org.ironriver.ingest;

import java.util.List;

/**
 * The input had errors and nothing was written. Carries the errors (at most
 * {@link ErrorPolicy#REPORTED_ERRORS} of them) and how many there were in all.
 */
public class InvalidInputException extends RuntimeException {

	private final List<RowError> errors;

	private final long errorCount;

	public InvalidInputException(List<RowError> errors, long errorCount) {
		super(errorCount + " error(s), nothing was written; first: " + (errors.isEmpty() ? "" : errors.get(0))
				+ (errorCount > 1 ? " (use --skip-invalid to write the valid rows and put the rest in a reject file)"
						: ""));
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	public List<RowError> errors() {
		return errors;
	}

	public long errorCount() {
		return errorCount;
	}

}
