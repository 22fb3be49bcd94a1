package org.ironriver.queries;

import org.ironriver.problems.NotFoundException;

/** No library query has this name. */
public class UnknownQueryException extends NotFoundException {

	public UnknownQueryException(String name) {
		super("no query named '" + name + "' in the library");
	}

}
