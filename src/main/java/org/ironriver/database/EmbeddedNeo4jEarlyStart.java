package org.ironriver.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded Neo4j on a background thread as soon as the configuration is known,
 * so that the database's start (several seconds) overlaps Spring's own (context, web
 * server, the other beans) instead of following it. The {@code embeddedNeo4j} bean then
 * waits for it. Registered in {@code META-INF/spring.factories}; where it does not run,
 * the bean starts the database itself.
 */
class EmbeddedNeo4jEarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private CompletableFuture<EmbeddedNeo4j> starting;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared
				&& EmbeddedDatabaseCondition.applies(prepared.getEnvironment())) {
			var properties = Binder.get(prepared.getEnvironment())
				.bindOrCreate("ironriver.embedded", EmbeddedNeo4jProperties.class);
			starting = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(properties), runnable -> {
				var thread = new Thread(runnable, "embedded-neo4j-start");
				thread.setDaemon(true);
				thread.start();
			});
		}
		else if (event instanceof ApplicationPreparedEvent prepared && starting != null) {
			prepared.getApplicationContext()
				.getBeanFactory()
				.registerSingleton("embeddedNeo4jStartup", new Startup(starting));
		}
		else if (event instanceof ApplicationFailedEvent && starting != null) {
			// The context may have failed before the bean took ownership of the database:
			// release the store.
			starting.thenAccept(EmbeddedNeo4j::close);
		}
	}

	/**
	 * The database being started in the background; {@link #await()} hands it over or
	 * rethrows its failure.
	 */
	record Startup(CompletableFuture<EmbeddedNeo4j> future) {

		EmbeddedNeo4j await() {
			try {
				return future.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}
	}

}
