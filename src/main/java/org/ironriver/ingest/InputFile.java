package org.ironriver.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An input file read as a stream, never loaded whole: plain or gzip (recognised by its
 * magic bytes, not its name), strictly UTF-8 (a UTF-8 byte-order mark is skipped, UTF-16
 * is refused with a clear reason, invalid bytes name their line), lines bounded in length
 * so one huge field cannot exhaust the heap. The SHA-256 of the file's bytes is known
 * once it has been read to the end.
 */
public final class InputFile implements AutoCloseable {

	/** Longer lines are rejected rather than buffered. */
	public static final int MAX_LINE_CHARS = 64 * 1024;

	private final Path path;

	private final String name;

	private final MessageDigest digest;

	private final CountingInputStream counting;

	private final GuardedReader reader;

	private final boolean gzip;

	private InputFile(Path path, String name, MessageDigest digest, CountingInputStream counting, GuardedReader reader,
			boolean gzip) {
		this.path = path;
		this.name = name;
		this.digest = digest;
		this.counting = counting;
		this.reader = reader;
		this.gzip = gzip;
	}

	/** A problem with the file as a whole (or from a line on), which stops reading it. */
	public static final class FileProblem extends RuntimeException {

		private final long line;

		public FileProblem(long line, String message) {
			super(message);
			this.line = line;
		}

		public long line() {
			return line;
		}

	}

	public static InputFile open(Path path, String name) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		var counting = new CountingInputStream(Files.newInputStream(path));
		InputStream raw = new BufferedInputStream(new DigestInputStream(counting, digest), 1 << 16);
		raw.mark(4);
		boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
		raw.reset();
		InputStream data = raw;
		if (gzip) {
			try {
				data = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
			}
			catch (ZipException | EOFException ex) {
				raw.close();
				throw new FileProblem(0, "not a readable gzip file: " + ex.getMessage());
			}
		}
		data.mark(4);
		int b0 = data.read();
		int b1 = data.read();
		int b2 = data.read();
		data.reset();
		if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
			data.close();
			throw new FileProblem(1, "encoding: the file starts with a UTF-16 byte-order mark; save it as UTF-8");
		}
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			data.skipNBytes(3);
		}
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var reader = new GuardedReader(new InputStreamReader(data, decoder));
		return new InputFile(path, name, digest, counting, reader, gzip);
	}

	public Path path() {
		return path;
	}

	public String name() {
		return name;
	}

	public boolean gzip() {
		return gzip;
	}

	/**
	 * The decoded characters, bounded per line; read errors are {@link FileProblem}s
	 * naming the line.
	 */
	public Reader reader() {
		return reader;
	}

	/** The 1-based line the reader is on. */
	public long line() {
		return reader.line;
	}

	/** Bytes of the file (compressed, if gzip) read so far, for progress. */
	public long bytesRead() {
		return counting.count;
	}

	/** Reads what is left, so the checksum covers the whole file. */
	public String checksum() {
		try {
			var buffer = new char[8192];
			while (reader.read(buffer) >= 0) {
				// only the bytes matter here
			}
		}
		catch (IOException ex) {
			throw new FileProblem(reader.line, "cannot read: " + ex.getMessage());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	@Override
	public void close() {
		try {
			reader.close();
		}
		catch (IOException ex) {
			// closing a read-only file cannot lose data
		}
	}

	private static final class CountingInputStream extends java.io.FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

	}

	/**
	 * Counts lines and refuses overlong ones; turns decoding and gzip errors into
	 * {@link FileProblem}s.
	 */
	private static final class GuardedReader extends FilterReader {

		long line = 1;

		int lineLength;

		GuardedReader(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			var one = new char[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0];
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n;
			try {
				n = super.read(buffer, offset, length);
			}
			catch (CharacterCodingException ex) {
				throw new FileProblem(line,
						"encoding: bytes that are not valid UTF-8 on or after this line; convert the file to UTF-8");
			}
			catch (EOFException ex) {
				throw new FileProblem(line, "the file is truncated: the gzip stream ends early");
			}
			catch (ZipException ex) {
				throw new FileProblem(line, "the gzip stream is corrupt: " + ex.getMessage());
			}
			for (int i = offset; i < offset + Math.max(n, 0); i++) {
				if (buffer[i] == '\n') {
					line++;
					lineLength = 0;
				}
				else if (++lineLength > MAX_LINE_CHARS) {
					throw new FileProblem(line,
							"line is longer than " + MAX_LINE_CHARS + " characters (a huge field?)");
				}
			}
			return n;
		}

	}

}
