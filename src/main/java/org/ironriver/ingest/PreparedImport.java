package org.ironriver.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A file that has been validated (first pass) and can now be written, if its errors
 * allow.
 */
public interface PreparedImport {

	String name();

	List<RowError> errors();

	long errorCount();

	/** Valid, or invalid rows are to be skipped and the file as a whole is readable. */
	boolean writable(ImportOptions options);

	/**
	 * Orders several files of one command (the FFL listing: by month, so first/last
	 * listed come out right).
	 */
	default String order() {
		return name();
	}

	ImportSummary write(ImportOptions options);

	/** Writes the file when it may be written, else rejects it whole with its errors. */
	default ImportSummary writeOrReject(ImportOptions options) {
		if (!writable(options)) {
			throw new InvalidInputException(errors(), errorCount());
		}
		return write(options);
	}

	/**
	 * A validated file, whichever importer validated it.
	 * @param order how several files of one command are ordered
	 * @param writable whether the validation allows writing under given options
	 * @param writer writes the validated file
	 */
	static PreparedImport of(String name, String order, List<RowError> errors, long errorCount,
			Predicate<ImportOptions> writable, Function<ImportOptions, ImportSummary> writer) {
		return new Validated(name, order, errors, errorCount, writable, writer);
	}

	record Validated(String name, String order, List<RowError> errors, long errorCount,
			Predicate<ImportOptions> writableWhen,
			Function<ImportOptions, ImportSummary> writer) implements PreparedImport {

		@Override
		public boolean writable(ImportOptions options) {
			return writableWhen.test(options);
		}

		@Override
		public ImportSummary write(ImportOptions options) {
			return writer.apply(options);
		}
	}

}
