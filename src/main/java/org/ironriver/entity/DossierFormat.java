package org.ironriver.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ironriver.problems.BadRequestException;

/**
 * The forms of a dossier: Markdown, a self-contained HTML page, or a PDF of that page.
 */
enum DossierFormat {

	MD("md", "text/markdown;charset=UTF-8"), HTML("html", "text/html;charset=UTF-8"), PDF("pdf", "application/pdf");

	private final String name;

	private final String contentType;

	DossierFormat(String name, String contentType) {
		this.name = name;
		this.contentType = contentType;
	}

	String formatName() {
		return name;
	}

	String contentType() {
		return contentType;
	}

	static DossierFormat parse(String text) {
		if (text == null || text.isBlank()) {
			return HTML;
		}
		return Arrays.stream(values())
			.filter(f -> f.name.equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("format '" + text + "' is not one of "
					+ Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "))));
	}

}
