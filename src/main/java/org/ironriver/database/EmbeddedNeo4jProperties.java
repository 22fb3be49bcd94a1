package org.ironriver.database;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j, used only when no external database is configured
 * ({@code NEO4J_URI} unset).
 *
 * @param storeDir where the store lives; it survives restarts
 * @param boltPort the Bolt (and Bolt-over-WebSocket) port; 0 picks a free one, which the
 * tests use
 * @param listenAddress bound to loopback by default; the database requires its store's
 * password in any case
 * @param pageCache page cache size, kept small so the whole application stays under 1 GiB
 * resident
 * @param transactionMemory the most heap one transaction may use
 * ({@code db.memory.transaction.max}); past it the query fails with the reason instead of
 * taking the heap (the application runs with 512 MiB)
 * @param transactionMemoryTotal the most heap all transactions may use together ({@code
 * db.memory.transaction.total.max})
 * @param boltAllowedOrigins web origins whose pages may open a Bolt WebSocket on the
 * database port itself (none by default: Neo4j Browser goes through the application's
 * gateway, and any other page is refused)
 */
@ConfigurationProperties("ironriver.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data/neo4j") Path storeDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("256m") String pageCache,
		@DefaultValue("64m") String transactionMemory, @DefaultValue("192m") String transactionMemoryTotal,
		@DefaultValue( {
		}) List<String> boltAllowedOrigins){

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
		boltAllowedOrigins = boltAllowedOrigins == null ? List.of() : List.copyOf(boltAllowedOrigins);
	}

	/**
	 * A store of its own with the default limits and no web origin allowed on its port
	 * (benchmarks, tests).
	 */
	public static EmbeddedNeo4jProperties of(Path storeDir, int boltPort, String listenAddress, String pageCache) {
		return new EmbeddedNeo4jProperties(storeDir, boltPort, listenAddress, pageCache, "64m", "192m", List.of());
	}
}
