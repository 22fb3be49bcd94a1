package org.ironriver.ingest;

import java.nio.file.Path;

/**
 * How to import.
 *
 * @param skipInvalid write the valid rows and reject the others instead of writing
 * nothing
 * @param rejectFile where rejected rows go with their reasons (default: next to the
 * input, {@code .rejects.tsv})
 * @param batchSize rows per transaction
 * @param sourceUrl the URL the file was obtained from, kept on its {@code Source} node
 * @param listingMonth for the FFL listing, the month it lists (YYYY-MM), when the file
 * name does not say
 * @param user who ran the import, recorded on the {@code Import} node
 * @param writers parallel writer threads (partitioned so they never wait on each other's
 * locks)
 */
public record ImportOptions(boolean skipInvalid, Path rejectFile, int batchSize, String sourceUrl, String listingMonth,
		String user, int writers) {

	/**
	 * Rows per transaction. Neo4j's own default for {@code CALL … IN TRANSACTIONS}.
	 * Measured (docs/import.md): a transaction's state lives on the heap the embedded
	 * database shares, about 15 KB per FFL row until it commits; with two writers,
	 * 10,000-row transactions kept the collector busy on one of the two cores and wrote
	 * at 60% of the rate of 1,000-row ones.
	 */
	public static final int DEFAULT_BATCH_SIZE = 1_000;

	public ImportOptions {
		if (batchSize < 1 || batchSize > 100_000) {
			throw new IllegalArgumentException("batch size " + batchSize + " is not between 1 and 100000");
		}
		if (writers < 1 || writers > 8) {
			throw new IllegalArgumentException("writers " + writers + " is not between 1 and 8");
		}
		user = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
	}

	public static ImportOptions defaults() {
		return new ImportOptions(false, null, DEFAULT_BATCH_SIZE, null, null, null, 2);
	}

	public ImportOptions withSkipInvalid(boolean skip) {
		return new ImportOptions(skip, rejectFile, batchSize, sourceUrl, listingMonth, user, writers);
	}

	public ImportOptions withListingMonth(String month) {
		return new ImportOptions(skipInvalid, rejectFile, batchSize, sourceUrl, month, user, writers);
	}

	public ImportOptions withRejectFile(Path file) {
		return new ImportOptions(skipInvalid, file, batchSize, sourceUrl, listingMonth, user, writers);
	}

	public ImportOptions withUser(String name) {
		return new ImportOptions(skipInvalid, rejectFile, batchSize, sourceUrl, listingMonth, name, writers);
	}
}
