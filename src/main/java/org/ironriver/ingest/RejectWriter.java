package org.ironriver.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reject file of {@code --skip-invalid}: one tab-separated line per error (file,
 * line, column, reason) followed by the rejected input line as it was (the rest of the
 * line, tabs included), so an analyst can fix the rows and import just them.
 */
public final class RejectWriter implements AutoCloseable {

	private final Path path;

	private final BufferedWriter writer;

	public RejectWriter(Path path) {
		this.path = path;
		try {
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
			writer.write("file\tline\tcolumn\treason\tinput\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the reject file " + path, ex);
		}
	}

	public static Path defaultFor(Path input) {
		return input.resolveSibling(input.getFileName() + ".rejects.tsv");
	}

	public Path path() {
		return path;
	}

	public void reject(RowError error, String input) {
		try {
			writer.write(clean(error.file()) + "\t" + error.line() + "\t" + clean(error.column()) + "\t"
					+ clean(error.reason()) + "\t" + raw(input) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the reject file " + path, ex);
		}
	}

	/**
	 * The rejected input as it was (tabs kept: it is the last field), so fixed rows can
	 * be pasted back.
	 */
	private static String raw(String input) {
		var text = input == null ? "" : input.length() > 2000 ? input.substring(0, 2000) : input;
		return text.replace('\n', ' ').replace('\r', ' ');
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	@Override
	public void close() {
		try {
			writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the reject file " + path, ex);
		}
	}

}
