package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.List;

/** The evidence of one relationship as an answer shows it, with its sources resolved. */
public record EvidenceView(List<SourceView> sources, String quote, String locator, LocalDate validFrom,
		LocalDate validTo, LocalDate assertedOn, Double confidence, String origin) {
}
