package org.ironriver.schema;

import org.ironriver.curated.CuratedGraphLoader;
import org.ironriver.database.DatabaseStartupException;
import org.ironriver.database.Neo4jSessions;
import org.neo4j.driver.AccessMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Before the web server accepts requests: the database is reachable, the schema is
 * current and the curated graph is loaded. Runs once per start; both steps are
 * idempotent.
 */
@Component
class GraphInitializer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final Neo4jSessions sessions;

	private final Neo4jConnectionDetails connection;

	private final CuratedGraphLoader curatedGraphLoader;

	private final boolean loadCurated;

	GraphInitializer(Neo4jSessions sessions, Neo4jConnectionDetails connection, CuratedGraphLoader curatedGraphLoader,
			@Value("${ironriver.curated.enabled:true}") boolean loadCurated) {
		this.sessions = sessions;
		this.connection = connection;
		this.curatedGraphLoader = curatedGraphLoader;
		this.loadCurated = loadCurated;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			sessions.driver().verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new DatabaseStartupException("cannot reach Neo4j at " + connection.getUri() + ": " + ex.getMessage(),
					ex);
		}
		long started = System.nanoTime();
		int applied = SchemaMigrations.apply(sessions.driver(), sessions.config(AccessMode.WRITE));
		log.info("Schema current ({} migrations applied now, {} ms)", applied,
				(System.nanoTime() - started) / 1_000_000);
		if (loadCurated) {
			started = System.nanoTime();
			curatedGraphLoader.load();
			log.info("Curated graph checked in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}

}
