package org.ironriver.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.StringUtils;

/**
 * Which Neo4j the application uses: the embedded one unless {@code NEO4J_URI} names an external server (single
 * instance, cluster or Aura; {@code neo4j://} routing works unchanged because reads are marked as reads).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedDatabaseCondition.class)
	static class Embedded {

		/** Started in the background since the configuration was known (EmbeddedNeo4jEarlyStart), or here. */
		@Bean(destroyMethod = "close")
		EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
				ObjectProvider<EmbeddedNeo4jEarlyStart.Startup> earlyStart) {
			var startup = earlyStart.getIfAvailable();
			return startup != null ? startup.await() : EmbeddedNeo4j.start(properties);
		}

		/** Boot builds the driver from these details, so pool and timeout properties keep working. */
		@Bean
		Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
			return new Neo4jConnectionDetails() {
				@Override
				public URI getUri() {
					return embeddedNeo4j.boltUri();
				}

				@Override
				public AuthToken getAuthToken() {
					return AuthTokens.none();
				}
			};
		}
	}

	@Bean
	DatabaseSelectionProvider databaseSelectionProvider(Environment environment) {
		var name = environment.getProperty("NEO4J_DATABASE");
		var selection = StringUtils.hasText(name) ? DatabaseSelection.byName(name) : DatabaseSelection.undecided();
		return () -> selection;
	}
}
