package org.ironriver.ingest;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Import progress: a bar with rows/s and ETA on a terminal, a plain line every few
 * seconds otherwise (logs, CI). Thread-safe: writer threads advance it.
 */
public class Progress {

	/** Progress that reports nothing (REST uploads, tests). */
	public static final Progress NONE = new Progress(null, false);

	private final PrintStream out;

	private final boolean terminal;

	private final AtomicLong done = new AtomicLong();

	private volatile long total;

	private volatile String label = "";

	private volatile long started;

	private volatile long lastPrinted;

	public Progress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	public static Progress console() {
		return new Progress(System.err, System.console() != null);
	}

	public void start(String label, long total) {
		this.label = label;
		this.total = total;
		this.done.set(0);
		this.started = System.nanoTime();
		this.lastPrinted = started;
	}

	public void advance(long rows) {
		long now = done.addAndGet(rows);
		if (out == null) {
			return;
		}
		long time = System.nanoTime();
		long interval = terminal ? 200_000_000L : 5_000_000_000L;
		if (time - lastPrinted >= interval) {
			lastPrinted = time;
			print(now, time, false);
		}
	}

	public void finish() {
		if (out != null) {
			print(done.get(), System.nanoTime(), true);
		}
	}

	private synchronized void print(long rows, long time, boolean last) {
		double seconds = Math.max((time - started) / 1e9, 1e-9);
		double rate = rows / seconds;
		long eta = rate > 0 && total > rows ? Math.round((total - rows) / rate) : 0;
		int percent = total > 0 ? (int) Math.min(100, rows * 100 / total) : 100;
		if (terminal) {
			int filled = percent * 30 / 100;
			out.printf("\r%s [%s%s] %3d%% %,d/%,d rows %,.0f rows/s ETA %ds   %s", label, "#".repeat(filled),
					" ".repeat(30 - filled), percent, rows, total, rate, eta, last ? "\n" : "");
		}
		else {
			out.printf("%s: %,d/%,d rows (%d%%), %,.0f rows/s, ETA %ds%n", label, rows, total, percent, rate, eta);
		}
		out.flush();
	}

}
