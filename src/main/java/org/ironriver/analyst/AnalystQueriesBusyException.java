package org.ironriver.analyst;

import java.time.Duration;

/**
 * Every analyst query slot is taken: the answer is 503 with {@code Retry-After}, as for
 * any server that is momentarily full, and never a 400 (nothing is wrong with the query)
 * or a 500.
 */
public class AnalystQueriesBusyException extends RuntimeException {

	private final Duration retryAfter;

	AnalystQueriesBusyException(int maxConcurrent, Duration retryAfter) {
		super(maxConcurrent + " analyst queries are running, the most that run at once "
				+ "(ironriver.cypher.max-concurrent); retry in " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
