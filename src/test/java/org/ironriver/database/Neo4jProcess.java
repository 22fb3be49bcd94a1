package org.ironriver.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Neo4j in a JVM of its own, so that a test can kill it the way a power cut or the OOM
 * killer would ({@code kill -9}): no shutdown, no flush, recovery from the transaction
 * log at the next start. It is the embedded database of the application, started on a
 * given store and port.
 */
final class Neo4jProcess implements AutoCloseable {

	private static final String READY = "neo4j-process ready";

	private final Process process;

	private Neo4jProcess(Process process) {
		this.process = process;
	}

	/** Starts the database and waits until it accepts Bolt connections. */
	static Neo4jProcess start(Path store, int boltPort) throws IOException {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var process = new ProcessBuilder(
				List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						Neo4jProcess.class.getName(), store.toString(), String.valueOf(boltPort)))
			.redirectErrorStream(true)
			.start();
		var ready = CompletableFuture.supplyAsync(() -> {
			// not closed here: once ready, a daemon thread keeps draining it
			var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			try {
				String line;
				var seen = new StringBuilder();
				while ((line = lines.readLine()) != null) {
					if (line.contains(READY)) {
						// keep draining so the child never blocks on a full pipe
						var drain = new Thread(() -> lines.lines().forEach(l -> {
						}), "neo4j-process-output");
						drain.setDaemon(true);
						drain.start();
						return null;
					}
					seen.append(line).append('\n');
				}
				return seen.toString();
			}
			catch (IOException ex) {
				return ex.toString();
			}
		});
		try {
			var failure = ready.get(120, TimeUnit.SECONDS);
			if (failure != null) {
				throw new IllegalStateException("the database process ended before it was ready:\n" + failure);
			}
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("the database process did not start", ex);
		}
		return new Neo4jProcess(process);
	}

	/**
	 * Kills the process without a shutdown, as {@code kill -9} does, and waits until it
	 * is gone.
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * The password the database of this store requires (written beside the store on its
	 * first start).
	 */
	static String password(Path store) {
		return BoltSecret.ifPresent(store.toAbsolutePath()).orElseThrow();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	public static void main(String[] args) throws InterruptedException {
		var database = EmbeddedNeo4j
			.start(EmbeddedNeo4jProperties.of(Path.of(args[0]), Integer.parseInt(args[1]), "127.0.0.1", "32m"));
		System.out.println(READY + " " + database.boltUri());
		System.out.flush();
		Thread.currentThread().join();
	}

}
