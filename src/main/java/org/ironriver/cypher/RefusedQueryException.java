package org.ironriver.cypher;

import org.ironriver.web.BadRequestException;

/**
 * A query that must not run here (it could write, reach files or URLs, or administer the
 * database), or cannot.
 */
public class RefusedQueryException extends BadRequestException {

	public RefusedQueryException(String reason) {
		super(reason);
	}

}
