package org.ironriver.evidence;

import java.time.LocalDate;

/**
 * A source document as an answer shows it: enough to find, read and cite it.
 * {@code publishedText} is the publication date as written when it is a month or a year
 * ("2023-03"); {@code published} is then its first day.
 */
public record SourceView(String id, String kind, String title, String publisher, String url, LocalDate published,
		LocalDate retrieved, String publishedText) {

	/**
	 * A cited id whose Source node is gone: the id is shown rather than the gap hidden.
	 */
	public static SourceView missing(String id) {
		return new SourceView(id, null, null, null, null, null, null, null);
	}
}
