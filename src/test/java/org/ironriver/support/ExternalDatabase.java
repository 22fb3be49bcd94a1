package org.ironriver.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.EmbeddedNeo4jProperties;

/**
 * A second, empty Neo4j of a test's own, which the command line reaches as an external
 * database: it starts on a free port and sets {@code NEO4J_URI}, {@code NEO4J_USERNAME}
 * and {@code NEO4J_PASSWORD} (as system properties, which the CLI reads like the
 * environment) until closed. Tests using it are disabled when the real environment sets
 * {@code NEO4J_URI}, which would name another database.
 */
public final class ExternalDatabase implements AutoCloseable {

	private static final List<String> CONNECTION = List.of("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");

	private final EmbeddedNeo4j database;

	private ExternalDatabase(EmbeddedNeo4j database) {
		this.database = database;
	}

	public static ExternalDatabase start(Path store) throws IOException {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		var database = EmbeddedNeo4j.start(EmbeddedNeo4jProperties.of(store, port, "127.0.0.1", "32m"));
		System.setProperty("NEO4J_URI", "bolt://localhost:" + port);
		System.setProperty("NEO4J_USERNAME", database.user());
		System.setProperty("NEO4J_PASSWORD", database.password());
		return new ExternalDatabase(database);
	}

	/** The {@code n} column of a one-row count query. */
	public long count(String cypher) {
		return database.database()
			.executeTransactionally(cypher, Map.of(), result -> ((Number) result.next().get("n")).longValue());
	}

	/** Rows as the driver gives them (lists as lists, not arrays). */
	public List<Map<String, Object>> rows(String cypher) {
		return database.database().executeTransactionally(cypher, Map.of(), result -> {
			var rows = new ArrayList<Map<String, Object>>();
			result.forEachRemaining(row -> {
				var copy = new LinkedHashMap<String, Object>();
				row.forEach((k, v) -> copy.put(k, v instanceof String[] a ? List.of(a) : v));
				rows.add(copy);
			});
			return rows;
		});
	}

	@Override
	public void close() {
		CONNECTION.forEach(System::clearProperty);
		database.close();
	}

}
