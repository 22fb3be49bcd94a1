package org.ironriver.curated;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.ironriver.database.DatabaseStartupException;
import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.schema.SchemaMigrations;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Before the web server accepts requests: the database is reachable, the schema is
 * current and the curated graph is loaded. Runs once per start; both steps are
 * idempotent.
 *
 * <p>
 * The work starts on a thread of its own as soon as this bean exists, early in the
 * context's start, and runs beside the rest of it (web server, security, actuator); the
 * context waits for it once every bean is built, before anything is served, so the
 * application is no sooner ready than before, only sooner done. A failure is thrown
 * there, as it was when the work ran in that place.
 */
@Component
public class GraphReadiness implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphReadiness.class);

	/** What the start-up checks found and how long they took, for the start-up report. */
	public record Checks(int migrationsApplied, Duration schema, boolean curatedLoaded, Duration curated,
			boolean inProcess) {
	}

	private final CompletableFuture<Checks> checks;

	private volatile Checks done;

	GraphReadiness(Neo4jSessions sessions, Neo4jConnectionDetails connection, CuratedGraphLoader curatedGraphLoader,
			ObjectProvider<EmbeddedNeo4j> embedded, @Value("${ironriver.curated.enabled:true}") boolean loadCurated,
			@Value("${ironriver.schema.lock-wait:2m}") Duration lockWait) {
		this.checks = CompletableFuture.supplyAsync(() -> {
			// Asked for here, on this thread, not in the constructor: the lazy database
			// bean is created by whoever first needs it (DriverOnFirstUse).
			var database = embedded.getIfAvailable();
			var current = database == null ? null : alreadyCurrent(database, curatedGraphLoader, loadCurated);
			return current != null ? current : prepare(sessions, connection, curatedGraphLoader, loadCurated, lockWait);
		}, runnable -> {
			var thread = new Thread(runnable, "graph-readiness");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/**
	 * A later start on the embedded store: schema and curated graph checked in its own
	 * API (a few nodes read), or null when there is something to do, which the driver's
	 * path does under the migration lock. The database runs in this JVM, so there is no
	 * connection to verify; the first request opens the first Bolt connection.
	 */
	private static Checks alreadyCurrent(EmbeddedNeo4j embedded, CuratedGraphLoader curatedGraphLoader,
			boolean loadCurated) {
		long started = System.nanoTime();
		if (!SchemaMigrations.isCurrent(embedded)) {
			return null;
		}
		var schema = Duration.ofNanos(System.nanoTime() - started);
		started = System.nanoTime();
		if (loadCurated && !curatedGraphLoader.isCurrent(embedded)) {
			return null;
		}
		var curated = Duration.ofNanos(System.nanoTime() - started);
		log.info("Schema current (nothing to migrate, {} ms); curated graph unchanged ({} ms)", schema.toMillis(),
				curated.toMillis());
		return new Checks(0, schema, false, curated, true);
	}

	private static Checks prepare(Neo4jSessions sessions, Neo4jConnectionDetails connection,
			CuratedGraphLoader curatedGraphLoader, boolean loadCurated, Duration lockWait) {
		try {
			verifyConnectivity(sessions.driver());
		}
		catch (RuntimeException ex) {
			// The embedded database failed to start (it starts when the driver is first
			// used): its own message says why, and the address is not known.
			if (causedByStartup(ex)) {
				throw ex;
			}
			throw new DatabaseStartupException("cannot reach Neo4j at " + connection.getUri() + ": " + ex.getMessage(),
					ex);
		}
		var schema = SchemaMigrations.apply(sessions.driver(), sessions.config(AccessMode.WRITE), lockWait);
		log.info("Schema current ({} migrations applied now, {} ms)", schema.applied(), schema.took().toMillis());
		if (!loadCurated) {
			return new Checks(schema.applied(), schema.took(), false, Duration.ZERO, false);
		}
		long started = System.nanoTime();
		boolean loaded = curatedGraphLoader.load();
		var curated = Duration.ofNanos(System.nanoTime() - started);
		log.info("Curated graph checked in {} ms", curated.toMillis());
		return new Checks(schema.applied(), schema.took(), loaded, curated, false);
	}

	/**
	 * A database that answers but slowly (this start runs beside the rest of Spring's, on
	 * a busy machine) can miss the pool's acquisition timeout on the first connection;
	 * that is tried again, twice. A refused connection or a wrong password fails at once.
	 */
	private static void verifyConnectivity(Driver driver) {
		for (int attempt = 1;; attempt++) {
			try {
				driver.verifyConnectivity();
				return;
			}
			catch (Neo4jException ex) {
				if (attempt == 3 || ex.getMessage() == null
						|| !ex.getMessage().startsWith("Unable to acquire connection from the pool")) {
					throw ex;
				}
				log.info("Neo4j is slow to answer the first connection; trying again");
			}
		}
	}

	private static boolean causedByStartup(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DatabaseStartupException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			done = checks.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The checks of this start; null until they are done. */
	public Checks checks() {
		return done;
	}

}
