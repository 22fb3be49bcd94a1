package org.ironriver.database;

/**
 * The database could not be started or reached; reported as one line by the command that
 * started the application.
 */
public class DatabaseStartupException extends RuntimeException {

	public DatabaseStartupException(String message) {
		super(message);
	}

	public DatabaseStartupException(String message, Throwable cause) {
		super(message, cause);
	}

}
