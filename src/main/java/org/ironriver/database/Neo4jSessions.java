package org.ironriver.database;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Plain-driver sessions for the work that needs no mapping (bulk writes, schema,
 * benchmarks), on the same database Spring Data Neo4j uses. Reads open read sessions, so
 * a cluster routes them to readers.
 */
@Component
public class Neo4jSessions {

	private final Driver driver;

	private final DatabaseSelectionProvider databaseSelection;

	Neo4jSessions(Driver driver, DatabaseSelectionProvider databaseSelection) {
		this.driver = driver;
		this.databaseSelection = databaseSelection;
	}

	public Driver driver() {
		return driver;
	}

	public SessionConfig config(AccessMode mode) {
		var builder = SessionConfig.builder().withDefaultAccessMode(mode);
		var selection = databaseSelection.getDatabaseSelection();
		if (selection.getValue() != null) {
			builder.withDatabase(selection.getValue());
		}
		return builder.build();
	}

	public <T> T read(TransactionCallback<T> work) {
		try (var session = driver.session(config(AccessMode.READ))) {
			return session.executeRead(work);
		}
	}

	public <T> T write(TransactionCallback<T> work) {
		try (var session = driver.session(config(AccessMode.WRITE))) {
			return session.executeWrite(work);
		}
	}

}
