package org.ironriver.ingest;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import did. {@code read} counts data rows; created + updated + unchanged +
 * rejected + skipped = read.
 *
 * @param skipped rows the model has no place for (a FollowTheMoney {@code Address}),
 * passed over whole
 * @param skips what was not imported, by schema and property ({@code Person.website}, or
 * {@code Address} for whole rows), each with how many values and why: never dropped
 * silently
 */
public record ImportSummary(String importId, String kind, String file, String checksum, long read, long created,
		long updated, long unchanged, long rejected, long skipped, Map<String, Skip> skips, String status,
		String rejectFile, double seconds) {

	/** How many values (or rows) of one kind were not imported, and why. */
	public record Skip(long count, String reason) {
	}

	public ImportSummary {
		skips = skips == null ? Map.of() : skips;
	}

	public double rowsPerSecond() {
		return seconds <= 0 ? 0 : read / seconds;
	}

	public String line() {
		return "%s %s: read %,d, created %,d, updated %,d, unchanged %,d, rejected %,d, skipped %,d in %.1f s (%,.0f rows/s)%s%s"
			.formatted(kind, file, read, created, updated, unchanged, rejected, skipped, seconds, rowsPerSecond(),
					rejectFile == null ? "" : "; rejects in " + rejectFile,
					skips.isEmpty() ? "" : "; skipped: " + skipsText());
	}

	/**
	 * {@code {Address: 1 "no place in the model", Person.website: 3 "no place in the
	 * model"}}.
	 */
	public String skipsText() {
		return skips.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue().count() + " \"" + e.getValue().reason() + "\"")
			.collect(Collectors.joining(", ", "{", "}"));
	}
}
