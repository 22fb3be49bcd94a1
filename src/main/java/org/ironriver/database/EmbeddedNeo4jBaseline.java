package org.ironriver.database;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The baseline of the start-up benchmark ({@code bench/startup-memory.sh}): the embedded
 * Neo4j alone, with the application's settings, in a JVM of its own. The application's
 * start and memory are reported against it.
 */
public final class EmbeddedNeo4jBaseline {

	private EmbeddedNeo4jBaseline() {
	}

	public static void main(String[] args) throws InterruptedException {
		var store = Path.of(args.length > 0 ? args[0] : "target/bench/baseline-neo4j");
		var port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
		var database = EmbeddedNeo4j.start(EmbeddedNeo4jProperties.of(store, port, "127.0.0.1", "256m"));
		Runtime.getRuntime().addShutdownHook(new Thread(database::close));
		System.out.printf("neo4j ready in %.1f s at %s%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
				database.boltUri());
		Thread.currentThread().join();
	}

}
