package org.ironriver.evidence;

import java.time.LocalDate;

/** A source document as an answer shows it: enough to find, read and cite it. */
public record SourceView(String id, String kind, String title, String publisher, String url, LocalDate published,
		LocalDate retrieved) {
}
