package org.ironriver.cli;

import org.ironriver.database.DatabaseStartupException;
import org.ironriver.security.SecuritySetupException;
import org.springframework.boot.web.server.PortInUseException;

/**
 * One line for a terminal user: the most specific message in the cause chain, without a
 * stack trace.
 */
public final class CliErrors {

	private CliErrors() {
	}

	public static String message(Throwable ex) {
		Throwable current = ex;
		while (current != null) {
			if (current instanceof DatabaseStartupException || current instanceof IllegalArgumentException
					|| current instanceof PortInUseException || current instanceof SecuritySetupException) {
				return current.getMessage();
			}
			current = current.getCause() == current ? null : current.getCause();
		}
		var root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
