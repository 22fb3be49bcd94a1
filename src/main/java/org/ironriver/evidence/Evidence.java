package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every relationship carries: the sources that support it, the quote and where in
 * the source it is, when the fact held and when the source said it, and how far it can be
 * trusted.
 *
 * @param sources ids of {@code Source} nodes; at least one, each must resolve
 * @param quote verbatim supporting text, or null where the source has none to quote
 * @param locator page, paragraph, docket entry or anchor in the source, or null
 * @param validFrom when the fact started to hold, or null if unknown
 * @param validTo when it stopped holding, or null while it still holds
 * @param assertedOn when the source said it, or null
 * @param confidence 0 to 1
 */
public record Evidence(List<String> sources, String quote, String locator, PartialDate validFrom, PartialDate validTo,
		PartialDate assertedOn, double confidence) {

	public Evidence {
		if (sources == null || sources.isEmpty()) {
			throw new IllegalArgumentException("a relationship needs at least one source");
		}
		if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
			throw new IllegalArgumentException("confidence " + confidence + " is not between 0 and 1");
		}
		if (validFrom != null && validTo != null && validTo.end().isBefore(validFrom.start())) {
			throw new IllegalArgumentException(
					"valid_to " + validTo.text() + " is before valid_from " + validFrom.text());
		}
		sources = List.copyOf(sources);
	}

	/** The relationship properties, in the names the whole graph uses. */
	public Map<String, Object> toProperties() {
		var properties = new HashMap<String, Object>();
		properties.put(EvidenceProperty.SOURCES.key(), sources);
		properties.put(EvidenceProperty.QUOTE.key(), quote);
		properties.put(EvidenceProperty.LOCATOR.key(), locator);
		properties.put(EvidenceProperty.VALID_FROM.key(), validFrom == null ? null : validFrom.start());
		properties.put(EvidenceProperty.VALID_TO.key(), validTo == null ? null : validTo.end());
		properties.put(EvidenceProperty.ASSERTED_ON.key(), assertedOn == null ? null : assertedOn.start());
		properties.put(EvidenceProperty.CONFIDENCE.key(), confidence);
		// The stored dates are whole days (for asOf comparisons); a month or a year as
		// the
		// source wrote it is kept beside them (null for a day, which clears an old one),
		// so
		// every view can show "2022-10" rather than the first or last day it stands for.
		properties.put(EvidenceProperty.VALID_FROM.asWrittenKey(), asWritten(validFrom));
		properties.put(EvidenceProperty.VALID_TO.asWrittenKey(), asWritten(validTo));
		properties.put(EvidenceProperty.ASSERTED_ON.asWrittenKey(), asWritten(assertedOn));
		return properties;
	}

	/** The date as the source wrote it when it is a month or a year; null for a day. */
	static String asWritten(PartialDate date) {
		return date == null || !date.partial() ? null : date.text();
	}

	/**
	 * Dates later than today are errors in the record, not facts (a "valid to" in the
	 * future is allowed).
	 */
	public static void requireNotFuture(PartialDate date, String field, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			throw new IllegalArgumentException(field + " " + date.text() + " is in the future");
		}
	}
}
