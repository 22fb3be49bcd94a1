package org.ironriver.ingest.records;

import org.ironriver.database.Neo4jSessions;
import org.neo4j.driver.TransactionCallback;

/**
 * Driver transactions for the record importers, which write through
 * {@link org.ironriver.graph.GraphWriter} (a driver-level API). An interface so that a
 * test can make the database fail in the middle of an import.
 */
public interface Transactions {

	<T> T read(TransactionCallback<T> work);

	<T> T write(TransactionCallback<T> work);

	static Transactions of(Neo4jSessions sessions) {
		return new Transactions() {
			@Override
			public <T> T read(TransactionCallback<T> work) {
				return sessions.read(work);
			}

			@Override
			public <T> T write(TransactionCallback<T> work) {
				return sessions.write(work);
			}
		};
	}

}
