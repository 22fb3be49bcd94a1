package org.ironriver.ingest;

/**
 * What one import did. {@code read} counts data rows; created + updated + unchanged +
 * rejected = read.
 */
public record ImportSummary(String importId, String kind, String file, String checksum, long read, long created,
		long updated, long unchanged, long rejected, String status, String rejectFile, double seconds) {

	public double rowsPerSecond() {
		return seconds <= 0 ? 0 : read / seconds;
	}

	public String line() {
		return "%s %s: read %,d, created %,d, updated %,d, unchanged %,d, rejected %,d in %.1f s (%,.0f rows/s)%s"
			.formatted(kind, file, read, created, updated, unchanged, rejected, seconds, rowsPerSecond(),
					rejectFile == null ? "" : "; rejects in " + rejectFile);
	}
}
