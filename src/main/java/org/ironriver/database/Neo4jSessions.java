package org.ironriver.database;

import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * The database Spring Data Neo4j uses, for the work that needs no mapping: plain-driver
 * read sessions for the features' queries (driver values, routed to readers in a
 * cluster), and the one {@link GraphTransport} every bulk write goes through (imports,
 * the curated load, the audit trail) — the embedded database directly when it runs in
 * this JVM, Bolt otherwise.
 */
@Component
public class Neo4jSessions {

	private final Driver driver;

	private final DatabaseSelectionProvider databaseSelection;

	/**
	 * Chosen on first use, not while the context is built: the embedded database may
	 * still be starting then (see DriverOnFirstUse).
	 */
	private final Supplier<GraphTransport> transport;

	Neo4jSessions(Driver driver, DatabaseSelectionProvider databaseSelection, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.databaseSelection = databaseSelection;
		this.transport = SingletonSupplier.of(() -> {
			var local = embedded.getIfAvailable();
			return local != null ? GraphTransport.embedded(local.database())
					: GraphTransport.bolt(driver, config(AccessMode.WRITE), config(AccessMode.READ));
		});
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

	/**
	 * A read transaction over the driver, for queries whose answers keep driver types.
	 */
	public <T> T read(TransactionCallback<T> work) {
		try (var session = driver.session(config(AccessMode.READ))) {
			return session.executeRead(work);
		}
	}

	/** Where every write goes, and the reads that prepare them. */
	public GraphTransport transport() {
		return transport.get();
	}

}
