package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways an answer is written out: JSON (the whole {@link CypherResult}), CSV (a header
 * of columns, one line a row, nested values as JSON) and, for terminals, an aligned text
 * table.
 */
public final class ResultFormats {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final int TABLE_CELL_LIMIT = 80;

	/** The supported formats, by their command-line and {@code format=} names. */
	public enum Format {

		TABLE, JSON, CSV;

		public static Format parse(String name) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("unknown format '" + name + "'; use table, json or csv");
			}
		}

	}

	private ResultFormats() {
	}

	public static String write(CypherResult result, Format format) {
		return switch (format) {
			case JSON -> PRETTY.writeValueAsString(result) + "\n";
			case CSV -> csv(result);
			case TABLE -> table(result);
		};
	}

	/**
	 * The HTTP answer: CSV when asked for by {@code format=csv} or an Accept header
	 * naming text/csv, else JSON. CSV carries the truncation flag in the
	 * {@code X-Truncated} header.
	 */
	public static ResponseEntity<?> response(CypherResult result, String format, String accept) {
		var chosen = format != null ? Format.parse(format)
				: accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv") ? Format.CSV : Format.JSON;
		return switch (chosen) {
			case CSV -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header("X-Truncated", Boolean.toString(result.truncated()))
				.body(csv(result));
			case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
			case TABLE -> throw new IllegalArgumentException("format must be json or csv");
		};
	}

	public static String csv(CypherResult result) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(result.columns().toArray(String[]::new)).get())) {
			for (var row : result.rows()) {
				var cells = new ArrayList<String>();
				for (var column : result.columns()) {
					cells.add(cell(row.get(column)));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public static String table(CypherResult result) {
		var columns = result.columns();
		var cells = new ArrayList<List<String>>();
		for (var row : result.rows()) {
			cells.add(columns.stream().map(c -> abbreviate(cell(row.get(c)))).toList());
		}
		var widths = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			widths[i] = columns.get(i).length();
			for (var row : cells) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		var out = new StringBuilder();
		line(out, columns, widths);
		var rule = new ArrayList<String>();
		for (int width : widths) {
			rule.add("-".repeat(width));
		}
		line(out, rule, widths);
		cells.forEach(row -> line(out, row, widths));
		out.append('(').append(result.rowCount()).append(result.rowCount() == 1 ? " row" : " rows");
		if (result.truncated()) {
			out.append(", truncated at the cap of ").append(result.maxRows());
		}
		return out.append(")\n").toString();
	}

	private static void line(StringBuilder out, List<String> cells, int[] widths) {
		for (int i = 0; i < cells.size(); i++) {
			out.append(i == 0 ? "" : " | ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
		}
		// Trailing padding of the last column is noise in a terminal.
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		out.setLength(end);
		out.append('\n');
	}

	/**
	 * A value in one cell: scalars as text, lists and maps (nodes, paths) as compact
	 * JSON, null as empty.
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return JSON.writeValueAsString(value);
	}

	private static String abbreviate(String text) {
		var oneLine = text.replace('\n', ' ').replace('\r', ' ');
		return oneLine.length() <= TABLE_CELL_LIMIT ? oneLine : oneLine.substring(0, TABLE_CELL_LIMIT - 3) + "...";
	}

}
