package org.ironriver.problems;

/** Something the request names does not exist: answered with 404 and a problem detail. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
