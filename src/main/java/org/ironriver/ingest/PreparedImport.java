package org.ironriver.ingest;

import java.util.List;

/** A file that has been validated (first pass) and can now be written, if its errors allow. */
public interface PreparedImport {

	String name();

	List<RowError> errors();

	long errorCount();

	/** Valid, or invalid rows are to be skipped and the file as a whole is readable. */
	boolean writable(ImportOptions options);

	/** Orders several files of one command (the FFL listing: by month, so first/last listed come out right). */
	default String order() {
		return name();
	}

	ImportSummary write(ImportOptions options);
}
