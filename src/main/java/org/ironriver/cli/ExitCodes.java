package org.ironriver.cli;

/**
 * Exit codes of every subcommand, so scripts can tell a bad invocation from bad data from
 * a database problem.
 */
public final class ExitCodes {

	public static final int OK = 0;

	/** Something failed while running (database unreachable, I/O). */
	public static final int FAILURE = 1;

	/**
	 * The command line or its parameters were wrong (picocli's own code for usage
	 * errors).
	 */
	public static final int USAGE = 2;

	/** The input data was invalid; nothing was written. */
	public static final int INVALID_INPUT = 3;

	private ExitCodes() {
	}

}
