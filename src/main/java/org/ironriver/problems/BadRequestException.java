package org.ironriver.problems;

/** A parameter is invalid: answered with 400 and a problem detail that says why. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
