package org.ironriver.ingest.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.ironriver.ingest.InputFile;
import org.ironriver.ingest.RowError;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of a CSV (RFC 4180, header first) or JSON Lines file, one at a
 * time, on top of {@link InputFile} (gzip, strict UTF-8, bounded lines, checksum).
 * Problems with the file as a whole (encoding, header, an unterminated quote) are
 * {@link InputFile.FileProblem}s; problems with one record are returned as its errors so
 * the other records can still be checked.
 */
public final class RecordReader implements AutoCloseable {

	public enum Format {

		CSV, JSONL,
		/** JSON Lines when the first non-blank character is '{', else CSV. */
		AUTO

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InputFile file;

	private final Format format;

	private final BufferedReader lines;

	private final List<String> header;

	private final CSVParser csv;

	private final Iterator<CSVRecord> csvRecords;

	private long csvLine = 1;

	private long jsonLine;

	private RecordReader(InputFile file, Format format, BufferedReader lines, List<String> header, CSVParser csv) {
		this.file = file;
		this.format = format;
		this.lines = lines;
		this.header = header;
		this.csv = csv;
		this.csvRecords = csv == null ? null : csv.iterator();
	}

	/**
	 * Opens the file. For CSV the header must name every required column; a header of one
	 * column holding semicolons or tabs is reported as the wrong delimiter.
	 */
	public static RecordReader open(Path path, String name, Format format, List<String> requiredColumns)
			throws IOException {
		var file = InputFile.open(path, name);
		try {
			var reader = new BufferedReader(file.reader(), 1 << 16);
			var actual = format == Format.AUTO ? sniff(reader) : format;
			if (actual == Format.JSONL) {
				return new RecordReader(file, actual, reader, List.of(), null);
			}
			var csvFormat = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
				.get();
			CSVParser parser;
			try {
				parser = csvFormat.parse(reader);
			}
			catch (IllegalArgumentException ex) {
				throw new InputFile.FileProblem(1, "header: " + ex.getMessage());
			}
			catch (UncheckedIOException ex) {
				throw problem(1, ex);
			}
			var header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			if (header.isEmpty()) {
				throw new InputFile.FileProblem(1, "empty file: no header line");
			}
			if (header.size() == 1 && requiredColumns.size() > 1) {
				var only = header.get(0);
				for (var delimiter : List.of(";", "\t", "|")) {
					if (only.contains(delimiter)) {
						throw new InputFile.FileProblem(1,
								"wrong delimiter: the header is separated by '"
										+ (delimiter.equals("\t") ? "\\t" : delimiter)
										+ "'; this format is comma-separated (RFC 4180)");
					}
				}
			}
			var missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
			if (!missing.isEmpty()) {
				throw new InputFile.FileProblem(1, "header: missing column(s) " + String.join(", ", missing)
						+ "; expected " + String.join(",", requiredColumns));
			}
			return new RecordReader(file, actual, reader, header, parser);
		}
		catch (RuntimeException | IOException ex) {
			file.close();
			throw ex;
		}
	}

	private static Format sniff(BufferedReader reader) throws IOException {
		reader.mark(InputFile.MAX_LINE_CHARS);
		int c;
		do {
			c = reader.read();
		}
		while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
		reader.reset();
		return c == '{' ? Format.JSONL : Format.CSV;
	}

	public Format format() {
		return format;
	}

	public List<String> header() {
		return header;
	}

	/**
	 * The next record, or null at the end. A record that cannot be read at all (not JSON,
	 * wrong field count) comes back with its errors in {@code errors} and empty fields.
	 */
	public InputRecord next(List<RowError> errors) {
		return format == Format.JSONL ? nextJson(errors) : nextCsv(errors);
	}

	private InputRecord nextCsv(List<RowError> errors) {
		CSVRecord record;
		try {
			if (!csvRecords.hasNext()) {
				return null;
			}
			record = csvRecords.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw problem(csvLine + 1, ex);
		}
		long end = csv.getCurrentLineNumber();
		long newlines = 0;
		var fields = new LinkedHashMap<String, String>();
		for (int i = 0; i < record.size(); i++) {
			var value = record.get(i);
			newlines += value.chars().filter(ch -> ch == '\n').count();
			if (i < header.size()) {
				fields.put(header.get(i), value);
			}
		}
		long line = Math.max(csvLine + 1, end - newlines);
		csvLine = end;
		var raw = CSVFormat.RFC4180.format(record.values());
		if (record.size() != header.size()) {
			errors.add(new RowError(file.name(), line, null, "the row has " + record.size() + " field(s), the header "
					+ header.size() + " (an unquoted comma, or a missing delimiter?)"));
		}
		return new InputRecord(line, fields, null, raw);
	}

	private InputRecord nextJson(List<RowError> errors) {
		String text;
		try {
			do {
				text = lines.readLine();
				jsonLine++;
			}
			while (text != null && text.isBlank());
		}
		catch (IOException ex) {
			throw new InputFile.FileProblem(jsonLine, "cannot read: " + ex.getMessage());
		}
		if (text == null) {
			return null;
		}
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			errors.add(new RowError(file.name(), jsonLine, null,
					"not a JSON object: " + firstLine(ex.getOriginalMessage())));
			return new InputRecord(jsonLine, Map.of(), null, text);
		}
		if (node == null || !node.isObject()) {
			errors.add(new RowError(file.name(), jsonLine, null, "not a JSON object (each line must be one {…})"));
			return new InputRecord(jsonLine, Map.of(), null, text);
		}
		var fields = new LinkedHashMap<String, String>();
		flatten("", node, fields);
		return new InputRecord(jsonLine, fields, node, text);
	}

	/**
	 * Scalars by name; nested objects as {@code parent_child}; arrays are left to formats
	 * that expect them.
	 */
	private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
		for (var entry : node.properties()) {
			var key = prefix + entry.getKey().toLowerCase(Locale.ROOT);
			var value = entry.getValue();
			if (value.isObject()) {
				flatten(key + "_", value, fields);
			}
			else if (value.isValueNode() && !value.isNull()) {
				fields.put(key, value.asString());
			}
		}
	}

	private static String firstLine(String text) {
		var line = text == null ? "" : text.lines().findFirst().orElse("");
		return line.length() > 120 ? line.substring(0, 120) + "…" : line;
	}

	private static InputFile.FileProblem problem(long line, RuntimeException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof InputFile.FileProblem problem) {
				return problem;
			}
			cause = cause.getCause();
		}
		var message = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
		return new InputFile.FileProblem(line, "malformed CSV: " + firstLine(message)
				+ " (an unterminated quote? quotes inside a field are written as \"\")");
	}

	/** Reads what is left and returns the SHA-256 of the file's bytes. */
	public String checksum() {
		return file.checksum();
	}

	public long bytesRead() {
		return file.bytesRead();
	}

	@Override
	public void close() {
		file.close();
	}

}
