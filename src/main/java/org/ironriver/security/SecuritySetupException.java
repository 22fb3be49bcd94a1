package org.ironriver.security;

/**
 * A security setting that cannot work, reported at start-up in one line (by the CLI)
 * instead of served wrongly.
 */
public class SecuritySetupException extends RuntimeException {

	SecuritySetupException(String message) {
		super(message);
	}

}
