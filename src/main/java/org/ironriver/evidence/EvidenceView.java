package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence of one relationship as an answer shows it, with its sources resolved.
 * {@code validFromText}, {@code validToText} and {@code assertedOnText} are the dates as
 * the source wrote them when that is a month or a year ("2022-10"); the {@link LocalDate}
 * fields are then the first (validFrom, assertedOn) or last (validTo) day of that period.
 */
public record EvidenceView(List<SourceView> sources, String quote, String locator, LocalDate validFrom,
		LocalDate validTo, LocalDate assertedOn, Double confidence, String origin, String validFromText,
		String validToText, String assertedOnText) {

	/** One evidence property's value as the graph stores it (sources as their ids). */
	public Object value(EvidenceProperty property) {
		return switch (property) {
			case SOURCES -> sources.stream().map(SourceView::id).toList();
			case QUOTE -> quote;
			case LOCATOR -> locator;
			case VALID_FROM -> validFrom;
			case VALID_TO -> validTo;
			case ASSERTED_ON -> assertedOn;
			case CONFIDENCE -> confidence;
		};
	}

}
