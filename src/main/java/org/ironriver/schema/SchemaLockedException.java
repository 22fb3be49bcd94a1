package org.ironriver.schema;

import org.ironriver.database.DatabaseStartupException;

/**
 * Another process held the schema migration lock for longer than this one would wait: the
 * start stops with this one line, like any other database it cannot use.
 */
public class SchemaLockedException extends DatabaseStartupException {

	public SchemaLockedException(String message) {
		super(message);
	}

}
