package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence of one relationship as an answer shows it, with its sources resolved.
 * Dates are the stored dates (comparable); where the source gave only a month or a year,
 * {@code validFromText}, {@code validToText} and {@code assertedOnText} hold it as
 * written ("2022-10"), and every report shows that text ({@link #validFromAsWritten()}).
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
			case VALID_FROM_TEXT -> validFromText;
			case VALID_TO -> validTo;
			case VALID_TO_TEXT -> validToText;
			case ASSERTED_ON -> assertedOn;
			case ASSERTED_ON_TEXT -> assertedOnText;
			case CONFIDENCE -> confidence;
		};
	}

	public String validFromAsWritten() {
		return PartialDate.asWritten(validFrom, validFromText);
	}

	public String validToAsWritten() {
		return PartialDate.asWritten(validTo, validToText);
	}

	public String assertedOnAsWritten() {
		return PartialDate.asWritten(assertedOn, assertedOnText);
	}

	/** True when the source gives no verbatim text for this relationship. */
	public boolean withoutQuote() {
		return quote == null || quote.isBlank();
	}

}
