package org.ironriver.analyst;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bulkhead of analyst queries: at most {@code maxConcurrent} of them hold a database
 * connection at once, each on a thread of its own, so the caller can answer at its
 * deadline while the database is still busy. A slot is given back only when the query's
 * thread is done with the database, not when the caller stops waiting: a query the
 * database cannot interrupt keeps its slot, and so the number of connections analyst
 * queries hold never goes past the cap, whatever they do. The pool's other connections
 * stay for the rest of the application.
 */
final class QuerySlots implements AutoCloseable {

	private final Semaphore slots;

	private final int maxConcurrent;

	private final Duration queueWait;

	private final Duration retryAfter;

	private final ThreadPoolExecutor queries;

	/**
	 * Termination requests: small, one at a time, never behind a query that holds its
	 * thread.
	 */
	private final ThreadPoolExecutor terminations;

	QuerySlots(int maxConcurrent, Duration queueWait, Duration timeout) {
		this.maxConcurrent = maxConcurrent;
		this.slots = new Semaphore(maxConcurrent, true);
		this.queueWait = queueWait;
		this.retryAfter = Duration.ofSeconds(Math.max(1, timeout.toSeconds()));
		this.queries = executor("analyst-query-", maxConcurrent);
		this.terminations = executor("analyst-query-terminate-", 1);
	}

	private static ThreadPoolExecutor executor(String name, int threads) {
		var count = new AtomicInteger();
		var executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				r -> {
					var thread = new Thread(r, name + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	/**
	 * Runs {@code work} on a query thread once a slot is free.
	 * @throws AnalystQueriesBusyException when no slot frees within the queue wait
	 */
	<T> Future<T> submit(Callable<T> work) {
		boolean acquired;
		try {
			acquired = slots.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new AnalystQueriesBusyException(maxConcurrent, retryAfter);
		}
		try {
			return queries.submit(() -> {
				try {
					return work.call();
				}
				finally {
					slots.release();
				}
			});
		}
		catch (RuntimeException ex) {
			slots.release();
			throw ex;
		}
	}

	void terminate(Runnable termination) {
		terminations.execute(termination);
	}

	/** Free slots now (for tests and logs). */
	int available() {
		return slots.availablePermits();
	}

	@Override
	public void close() {
		queries.shutdownNow();
		terminations.shutdownNow();
	}

}
