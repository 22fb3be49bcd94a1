package org.ironriver.analyst;

import org.ironriver.problems.BadRequestException;

/**
 * A query that must not run here (it could write, reach files or URLs, or administer the
 * database), or cannot.
 */
public class RefusedQueryException extends BadRequestException {

	public RefusedQueryException(String reason) {
		super(reason);
	}

}
