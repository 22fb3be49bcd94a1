package org.ironriver.evidence;

import java.time.LocalDate;

/**
 * A source document as an answer shows it: enough to find, read and cite it.
 * {@code publishedText} and {@code retrievedText} hold a month or a year as the source
 * gives it ("2023-03"), where {@code published} is only its first day; {@code origin} and
 * {@code originVersion} say what recorded it, as on every node ({@link NodeView}).
 */
public record SourceView(String id, String kind, String title, String publisher, String url, LocalDate published,
		LocalDate retrieved, String publishedText, String retrievedText, String origin, String originVersion) {

	/** A source known only by its id (deleted since it was cited). */
	public static SourceView unresolved(String id) {
		return new SourceView(id, null, null, null, null, null, null, null, null, null, null);
	}

	public String publishedAsWritten() {
		return PartialDate.asWritten(published, publishedText);
	}

	public String retrievedAsWritten() {
		return PartialDate.asWritten(retrieved, retrievedText);
	}

}
