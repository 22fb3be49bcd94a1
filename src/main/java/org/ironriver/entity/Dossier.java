package org.ironriver.entity;

import java.util.List;

import org.ironriver.evidence.SourceView;

/**
 * Everything the graph knows about one entity, as statements with citations: the document
 * that {@link DossierFormat}s render. Written once here, so the Markdown, HTML and PDF
 * dossiers say the same thing.
 *
 * @param title the entity's name
 * @param subtitle its type and id
 * @param generated when, from which data, and how to get it again
 * @param sections identity, relationships, cases, timeline, disagreements
 * @param sources the cited sources, numbered from 1 in order of first citation
 */
record Dossier(String title, String subtitle, List<String> generated, List<Section> sections,
		List<SourceView> sources) {

	/** A heading, an optional note on how to read it, and its groups of statements. */
	record Section(String heading, String note, List<Group> groups) {
	}

	/** Statements under an optional subheading (a relationship type, a case). */
	record Group(String heading, List<Statement> statements) {
	}

	/**
	 * One thing the graph says, with the numbers of the sources that say it.
	 *
	 * @param text the statement
	 * @param details the evidence in words: quote (or "no quote in source"), locator,
	 * dates as written, confidence
	 * @param citations source numbers, each an index + 1 into {@link Dossier#sources()}
	 */
	record Statement(String text, List<String> details, List<Integer> citations) {
	}

}
