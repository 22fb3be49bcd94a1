package org.ironriver.support;

import org.ironriver.database.Neo4jSessions;

/**
 * Removes everything imports wrote, so a test that imports leaves the shared database
 * with the curated graph only: the library and documentation tests assert exact results
 * on it, whatever order the test classes run in.
 */
public final class ImportedData {

	private ImportedData() {
	}

	public static void remove(Neo4jSessions sessions) {
		sessions.transport().write(tx -> {
			tx.run("MATCH ()-[r]->() WHERE r.origin STARTS WITH 'import-' DELETE r");
			tx.run("MATCH (n:Entity) WHERE n.origin STARTS WITH 'import-' DETACH DELETE n");
			// an import may cite its sources on curated relationships too: take their ids
			// off before the sources go, so no relationship is left citing a missing
			// source
			tx.run("""
					MATCH (s:Source) WHERE s.importId IS NOT NULL
					WITH collect(s.id) AS ids
					MATCH ()-[r]->() WHERE any(id IN r.sources WHERE id IN ids)
					SET r.sources = [id IN r.sources WHERE NOT id IN ids]
					""");
			tx.run("MATCH (s:Source) WHERE s.importId IS NOT NULL DETACH DELETE s");
			tx.run("MATCH (i:Import) DETACH DELETE i");
			// what imports add to entities they did not create (FollowTheMoney ids
			// matched by name)
			tx.run("MATCH (n:Entity) WHERE n.externalIds IS NOT NULL OR n.imports IS NOT NULL REMOVE n.externalIds, n.imports");
			return null;
		});
	}

}
