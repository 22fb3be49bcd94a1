package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.List;

/** The evidence of one relationship as an answer shows it, with its sources resolved. */
public record EvidenceView(List<SourceView> sources, String quote, String locator, LocalDate validFrom,
		LocalDate validTo, LocalDate assertedOn, Double confidence, String origin) {

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
