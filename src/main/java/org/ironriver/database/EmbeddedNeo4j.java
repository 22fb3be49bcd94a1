package org.ironriver.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.bolt.BoltServer;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.DatabaseStateService;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j 5.26 running inside the application's JVM. Everything else talks to it
 * over Bolt, exactly as to an external server, so the code paths for embedded and
 * external databases are the same.
 *
 * <p>
 * Closed to strangers: Bolt requires authentication, always, with a password generated
 * for the store ({@link BoltSecret}) that only the application knows, and a WebSocket
 * upgrade that a web page starts on the Bolt port is refused ({@link BoltOriginGuard}).
 * {@code LOAD CSV} cannot read local files.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The one database user; its password is the store's secret. */
	static final String USER = "neo4j";

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	private final String password;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedNeo4j(DatabaseManagementService managementService, URI boltUri, String password) {
		this.managementService = managementService;
		this.boltUri = boltUri;
		this.password = password;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		var storeDir = properties.storeDir().toAbsolutePath();
		try {
			Files.createDirectories(storeDir);
		}
		catch (IOException ex) {
			throw new DatabaseStartupException("cannot create the embedded store directory " + storeDir + ": "
					+ (ex instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
							: ex.getMessage())
					+ "; set IRONRIVER_EMBEDDED_STORE_DIR to a directory (it is created if missing)", ex);
		}
		if (!Files.isWritable(storeDir)) {
			throw new DatabaseStartupException(
					"the embedded store directory " + storeDir + " is not writable; give this "
							+ "user write access to it or set IRONRIVER_EMBEDDED_STORE_DIR to another directory");
		}
		refuseForeignDirectory(storeDir);
		var password = BoltSecret.forStore(storeDir);
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(storeDir).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(properties.listenAddress(), properties.boltPort()))
				.setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", properties.boltPort()))
				// Neo4j 5.26's in-JVM "local" Bolt channel needs netty 4.1; Boot 4
				// manages netty 4.2. TCP and
				// WebSocket Bolt do not use it.
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				// Two 5 s waits would otherwise make every shutdown (and every test JVM)
				// 10 s slower.
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// Nothing in ironriver loads files with LOAD CSV; a read-only session
				// could otherwise read them.
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
				.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
				// No transaction, an analyst's query least of all, can take the heap:
				// past these it fails with the reason.
				.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
						ByteUnit.parse(properties.transactionMemory()))
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						ByteUnit.parse(properties.transactionMemoryTotal()))
				.build();
		}
		catch (RuntimeException ex) {
			// A taken port or a store held by another process: the store itself is fine.
			if (isBindFailure(ex) || rootMessage(ex).toLowerCase(java.util.Locale.ROOT).contains("lock")) {
				throw new DatabaseStartupException("the embedded Neo4j could not start on " + properties.listenAddress()
						+ ":" + properties.boltPort() + " with store " + storeDir + ": " + rootMessage(ex), ex);
			}
			throw new DatabaseStartupException(unopenableStoreMessage(storeDir, ex), ex);
		}
		var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		// A store Neo4j cannot open (damaged, garbage where the store files go, another
		// version's format) does not
		// fail the build: the database is just never available, and every later query
		// fails vaguely. Say so now.
		if (!db.isAvailable(STORE_OPEN_TIMEOUT.toMillis())) {
			var cause = causeOfFailure(service, db);
			service.shutdown();
			throw new DatabaseStartupException(unopenableStoreMessage(storeDir, cause));
		}
		var port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		if (port == null) {
			service.shutdown();
			throw new DatabaseStartupException("the embedded Neo4j started but its Bolt connector did not bind "
					+ properties.listenAddress() + ":" + properties.boltPort() + " (is the port taken?)");
		}
		var boltServer = db.getDependencyResolver().resolveDependency(BoltServer.class);
		var guard = BoltOriginGuard.listener(properties.boltAllowedOrigins());
		boltServer.getConnectors().forEach(connector -> connector.registerListener(guard));
		try {
			setPassword(service, password);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw new DatabaseStartupException("the embedded Neo4j in " + storeDir
					+ " started but its password could not be set: " + rootMessage(ex), ex);
		}
		var uri = URI.create("bolt://localhost:" + port.getPort());
		log.info("Embedded Neo4j 5.26 ready at {} (store {}, authentication required)", uri, storeDir);
		return new EmbeddedNeo4j(service, uri, password);
	}

	/**
	 * Makes the store's secret the user's password: on a new store (whose user still has
	 * Neo4j's initial password), on a store written before authentication was required,
	 * and after the secret file was deleted. Runs through the embedded API, which needs
	 * no login.
	 */
	private static void setPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Neo4j refuses to set the password it already has: then there is nothing to
			// do.
			if (ex.getMessage() == null || !ex.getMessage().contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	/**
	 * Neo4j makes a store of any directory it is given: pointed by mistake at a directory
	 * full of other things (a home directory, a project), it would write its files among
	 * them. A store directory is empty, or has Neo4j's {@code data} directory.
	 */
	private static void refuseForeignDirectory(java.nio.file.Path storeDir) {
		try (var entries = Files.list(storeDir)) {
			// The password file is the application's own: a start that failed after
			// writing it left no foreign file.
			var names = entries.map(p -> p.getFileName().toString())
				.filter(name -> !name.equals(BoltSecret.FILE_NAME))
				.sorted()
				.toList();
			if (Files.exists(storeDir.resolve("data")) && !Files.isDirectory(storeDir.resolve("data"))) {
				throw new DatabaseStartupException("the embedded store " + storeDir
						+ " cannot be opened (a file named data "
						+ "is where Neo4j keeps its databases). Move that file away, or set IRONRIVER_EMBEDDED_STORE_DIR to "
						+ "another directory");
			}
			if (!names.isEmpty() && !Files.isDirectory(storeDir.resolve("data"))) {
				throw new DatabaseStartupException("the embedded store directory " + storeDir + " holds other files ("
						+ String.join(", ", names.subList(0, Math.min(3, names.size())))
						+ (names.size() > 3 ? ", …" : "")
						+ ") and no Neo4j store; set IRONRIVER_EMBEDDED_STORE_DIR to an empty or new directory, or to an "
						+ "ironriver store");
			}
		}
		catch (IOException ex) {
			throw new DatabaseStartupException(
					"cannot read the embedded store directory " + storeDir + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isBindFailure(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof java.net.BindException
					|| String.valueOf(cause.getMessage()).contains("Address already in use")) {
				return true;
			}
		}
		return false;
	}

	private static final Duration STORE_OPEN_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Why the default database failed to start, as Neo4j recorded it (null when it did
	 * not say).
	 */
	private static Throwable causeOfFailure(DatabaseManagementService service, GraphDatabaseAPI db) {
		try {
			var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			return system.getDependencyResolver()
				.resolveDependency(DatabaseStateService.class)
				.causeOfFailure(db.databaseId())
				.orElse(null);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	/** One line: which directory, what Neo4j said, and the two ways out. */
	static String unopenableStoreMessage(java.nio.file.Path storeDir, Throwable cause) {
		var reason = cause == null ? "the database did not become available" : rootMessage(cause);
		return "the embedded store " + storeDir + " cannot be opened (" + firstLine(reason) + "). If it is not an "
				+ "ironriver store, set IRONRIVER_EMBEDDED_STORE_DIR to another directory; if it is damaged, restore it "
				+ "from a backup, or move it away to start on an empty store (the curated graph is loaded again, imports "
				+ "must be re-run)";
	}

	private static String firstLine(String text) {
		var line = text.lines().findFirst().orElse("").strip();
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

	static String rootMessage(Throwable ex) {
		var root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	public URI boltUri() {
		return boltUri;
	}

	/**
	 * The credentials of the application's own connections (never logged, never sent to a
	 * web page).
	 */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, password);
	}

	public String user() {
		return USER;
	}

	/**
	 * The store's password, for the application's Browser gateway and for the tests and
	 * tools of this project that start a database of their own and connect to it. Never
	 * logged.
	 */
	public String password() {
		return password;
	}

	/**
	 * The database itself, for bulk importers that skip Bolt when it runs in this JVM.
	 */
	public org.neo4j.graphdb.GraphDatabaseService database() {
		return managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * The given properties of every node with this label, read in the database's own API.
	 * For the start-up checks ({@code schema.SchemaMigrations}, {@code curated}), which
	 * read a few nodes while nothing is warm yet: no Bolt connection, no query to
	 * compile. The label is the caller's constant, never a user's text.
	 */
	public List<Map<String, Object>> nodes(String label, String... properties) {
		try (var tx = database().beginTx(); var nodes = tx.findNodes(Label.label(label))) {
			var found = new ArrayList<Map<String, Object>>();
			nodes.forEachRemaining(node -> found.add(node.getProperties(properties)));
			return found;
		}
	}

	/** Idempotent: a failed start-up and the context's own shutdown may both close it. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			managementService.shutdown();
		}
	}

}
