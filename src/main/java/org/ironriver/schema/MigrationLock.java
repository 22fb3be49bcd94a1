package org.ironriver.schema;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One migrator at a time per database, as neo4j-migrations does it: a
 * {@code (:__Neo4jMigrationLock {id: 'schema'})} node under a unique constraint, created
 * in a write transaction with its owner and time. A second process's create fails on the
 * constraint, so it waits (polling) until the lock is gone, at most the given time, and
 * then stops with one line naming the holder. A lock older than {@link #STALE_AFTER} was
 * left by a process that died while migrating and is taken over. Released in
 * {@code finally} by its owner only.
 */
final class MigrationLock {

	private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

	/** How long a second start waits for the first one's migrations by default. */
	static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

	/**
	 * Longer than any migration here takes with its index population (awaited for at most
	 * 5 minutes), so only a dead process's lock is this old.
	 */
	static final Duration STALE_AFTER = Duration.ofMinutes(10);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final String CONSTRAINT = """
			CREATE CONSTRAINT __neo4j_migration_lock IF NOT EXISTS
			FOR (l:__Neo4jMigrationLock) REQUIRE l.id IS UNIQUE""";

	private static final String TAKE = """
			CREATE (:__Neo4jMigrationLock {id: 'schema', owner: $owner, lockedAt: datetime()})""";

	private static final String HOLDER = """
			MATCH (l:__Neo4jMigrationLock {id: 'schema'})
			RETURN l.owner AS owner, toString(l.lockedAt) AS since,
			       l.lockedAt < datetime() - duration({seconds: $staleSeconds}) AS stale""";

	private static final String RELEASE = "MATCH (l:__Neo4jMigrationLock {id: 'schema', owner: $owner}) DELETE l";

	private final Session session;

	private final String owner;

	private MigrationLock(Session session, String owner) {
		this.session = session;
		this.owner = owner;
	}

	/** Who takes the lock: this process (pid@host, as the JVM names it) and a nonce. */
	static String newOwner() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	static MigrationLock acquire(Session session, Duration wait) {
		return acquire(session, wait, newOwner());
	}

	static MigrationLock acquire(Session session, Duration wait, String owner) {
		ensureConstraint(session);
		long deadline = System.nanoTime() + wait.toNanos();
		boolean waited = false;
		while (true) {
			if (tryTake(session, owner)) {
				if (waited) {
					log.info("Schema migration lock taken after waiting for another process");
				}
				return new MigrationLock(session, owner);
			}
			var holder = session
				.executeRead(tx -> tx.run(HOLDER, Map.of("staleSeconds", STALE_AFTER.toSeconds())).list());
			if (holder.isEmpty()) {
				continue; // released between our create and this read
			}
			var heldBy = holder.get(0).get("owner").asString("?");
			var since = holder.get(0).get("since").asString("?");
			if (holder.get(0).get("stale").asBoolean(false)) {
				log.warn("Taking over the schema migration lock held by {} since {} (older than {} min: that "
						+ "process is gone)", heldBy, since, STALE_AFTER.toMinutes());
				session.executeWrite(tx -> tx.run(RELEASE, Map.of("owner", heldBy)).consume());
				continue;
			}
			if (System.nanoTime() > deadline) {
				throw new SchemaLockedException("another process (" + heldBy + ", since " + since
						+ ") is migrating this database's schema; waited " + wait.toSeconds()
						+ " s for it. Start again when it is done; if it died, its lock (:__Neo4jMigrationLock) is "
						+ "taken over once it is " + STALE_AFTER.toMinutes() + " min old, or delete that node");
			}
			if (!waited) {
				log.info("Waiting for {} (since {}) to finish migrating the schema", heldBy, since);
				waited = true;
			}
			sleep();
		}
	}

	private static boolean tryTake(Session session, String owner) {
		try {
			session.executeWrite(tx -> tx.run(TAKE, Map.of("owner", owner)).consume());
			return true;
		}
		catch (ClientException ex) {
			if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Two processes may create the constraint at the same moment; the loser's error means
	 * it exists, which a second {@code IF NOT EXISTS} confirms.
	 */
	private static void ensureConstraint(Session session) {
		try {
			session.run(CONSTRAINT).consume();
		}
		catch (Neo4jException ex) {
			log.debug("Lock constraint created concurrently ({}); checking again", ex.getMessage());
			session.run(CONSTRAINT).consume();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchemaLockedException("interrupted while waiting for the schema migration lock");
		}
	}

	/** Gives the lock back; only its owner's node is deleted. */
	void release() {
		session.executeWrite(tx -> tx.run(RELEASE, Map.of("owner", owner)).consume());
	}

}
