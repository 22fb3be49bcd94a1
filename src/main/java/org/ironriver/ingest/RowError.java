package org.ironriver.ingest;

/**
 * One reason an input row was rejected.
 *
 * @param file the file name as given
 * @param line 1-based line (physical line for text formats), 0 when the whole file is at
 * fault
 * @param column the column or field name, or null when the whole row is at fault
 * @param reason what is wrong, in words an analyst can act on
 */
public record RowError(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + (column == null ? "" : ": column " + column) + ": " + reason;
	}
}
