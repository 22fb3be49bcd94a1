package org.ironriver.entity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.ironriver.entity.Dossier.Statement;
import org.ironriver.evidence.SourceView;

/**
 * Writes a {@link Dossier} as Markdown, as one self-contained XHTML page (no script, no
 * outside resource) or as a PDF of that same page.
 */
final class DossierRenderer {

	/**
	 * PDFBox's own Liberation Sans, embedded (subset) in every PDF: the base-14 fonts
	 * cover Latin-1 only and are not embedded; a system font may be missing.
	 */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final String FONT_FAMILY = "Liberation Sans";

	private static final String STYLE = """
			body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; margin: 2em; }
			h1 { font-size: 18pt; margin-bottom: 0; } h2 { font-size: 14pt; margin-top: 1.4em; }
			h3 { font-size: 11.5pt; margin-bottom: 0.2em; } .subtitle { color: #444; margin-top: 0.2em; }
			.note, .generated { color: #444; font-size: 9.5pt; } ul { margin-top: 0.2em; padding-left: 1.4em; }
			.details { color: #333; font-size: 9.5pt; } .cite { font-size: 9pt; } ol.sources li { margin-bottom: 0.3em; }
			@page { size: A4; margin: 18mm; }
			""";

	private DossierRenderer() {
	}

	static byte[] render(Dossier dossier, DossierFormat format) {
		return switch (format) {
			case MD -> markdown(dossier).getBytes(StandardCharsets.UTF_8);
			case HTML -> html(dossier).getBytes(StandardCharsets.UTF_8);
			case PDF -> pdf(html(dossier));
		};
	}

	static String markdown(Dossier d) {
		var md = new StringBuilder("# ").append(md(d.title())).append("\n\n");
		md.append('*').append(md(d.subtitle())).append("*\n\n");
		d.generated().forEach(line -> md.append("> ").append(md(line)).append('\n'));
		md.append('\n');
		for (var section : d.sections()) {
			md.append("## ").append(section.heading()).append("\n\n");
			if (section.note() != null) {
				md.append('*').append(md(section.note())).append("*\n\n");
			}
			for (var group : section.groups()) {
				if (group.heading() != null) {
					md.append("### ").append(md(group.heading())).append("\n\n");
				}
				for (var statement : group.statements()) {
					md.append("- ").append(md(statement.text())).append(citations(statement));
					if (!statement.details().isEmpty()) {
						md.append("  \n  ").append(md(String.join("; ", statement.details())));
					}
					md.append('\n');
				}
				md.append('\n');
			}
		}
		md.append("## Sources\n\n");
		int n = 1;
		for (var source : d.sources()) {
			md.append(n++).append(". ").append(md(source(source)));
			if (source.url() != null) {
				md.append(" <").append(source.url()).append('>');
			}
			md.append('\n');
		}
		return md.toString();
	}

	static String html(Dossier d) {
		var html = new StringBuilder(
				"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
			.append("<meta charset=\"UTF-8\"/>\n<title>Dossier: ")
			.append(html(d.title()))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<h1>")
			.append(html(d.title()))
			.append("</h1>\n<p class=\"subtitle\">")
			.append(html(d.subtitle()))
			.append("</p>\n");
		d.generated().forEach(line -> html.append("<p class=\"generated\">").append(html(line)).append("</p>\n"));
		for (var section : d.sections()) {
			html.append("<h2>").append(html(section.heading())).append("</h2>\n");
			if (section.note() != null) {
				html.append("<p class=\"note\">").append(html(section.note())).append("</p>\n");
			}
			for (var group : section.groups()) {
				if (group.heading() != null) {
					html.append("<h3>").append(html(group.heading())).append("</h3>\n");
				}
				html.append("<ul>\n");
				for (var statement : group.statements()) {
					html.append("<li>").append(html(statement.text()));
					if (!statement.citations().isEmpty()) {
						html.append(" <span class=\"cite\">")
							.append(statement.citations()
								.stream()
								.map(n -> "<a href=\"#source-" + n + "\">[" + n + "]</a>")
								.collect(Collectors.joining()))
							.append("</span>");
					}
					if (!statement.details().isEmpty()) {
						html.append("<br/><span class=\"details\">")
							.append(html(String.join("; ", statement.details())))
							.append("</span>");
					}
					html.append("</li>\n");
				}
				html.append("</ul>\n");
			}
		}
		html.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
		int n = 1;
		for (var source : d.sources()) {
			html.append("<li id=\"source-").append(n++).append("\">").append(html(source(source)));
			if (source.url() != null && (source.url().startsWith("https://") || source.url().startsWith("http://"))) {
				html.append(" <a href=\"")
					.append(html(source.url()))
					.append("\">")
					.append(html(source.url()))
					.append("</a>");
			}
			html.append("</li>\n");
		}
		return html.append("</ol>\n</body>\n</html>\n").toString();
	}

	/**
	 * The HTML page laid out as a PDF. Nothing outside the page is read: every external
	 * resource is refused before its URI is even resolved.
	 */
	static byte[] pdf(String xhtml) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (int weight : List.of(400, 700)) {
				for (var style : List.of(FontStyle.NORMAL, FontStyle.ITALIC)) {
					builder.useFont(() -> DossierRenderer.class.getResourceAsStream(FONT), FONT_FAMILY, weight, style,
							true);
				}
			}
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String citations(Statement statement) {
		return statement.citations().isEmpty() ? ""
				: " " + statement.citations().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
	}

	/** "Title. Publisher, 2023-03 (kind)", the date as the source gives it. */
	private static String source(SourceView s) {
		var text = new StringBuilder(s.title() == null ? s.id() : s.title());
		if (s.publisher() != null) {
			text.append(". ").append(s.publisher());
		}
		if (s.published() != null) {
			text.append(", ").append(s.publishedAsWritten());
		}
		if (s.kind() != null) {
			text.append(" (").append(s.kind()).append(')');
		}
		return text.append(" [").append(s.id()).append(']').toString();
	}

	private static String md(String text) {
		return text == null ? ""
				: text.replace("\n", " ")
					.replace("\\", "\\\\")
					.replace("*", "\\*")
					.replace("_", "\\_")
					.replace("<", "&lt;")
					.replace("[", "\\[")
					.replace("]", "\\]");
	}

	private static String html(String text) {
		if (text == null) {
			return "";
		}
		var escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// XML 1.0 cannot carry most control characters, which the PDF's
					// parser
					// would refuse.
					if (c >= 0x20 || c == '\n' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
