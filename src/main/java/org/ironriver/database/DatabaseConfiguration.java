package org.ironriver.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.StringUtils;

/**
 * Which Neo4j the application uses: the embedded one unless {@code NEO4J_URI} names an
 * external server (single instance, cluster or Aura; {@code neo4j://} routing works
 * unchanged because reads are marked as reads).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedDatabaseCondition.class)
	static class Embedded {

		/**
		 * Started in the background since the configuration was known
		 * (EmbeddedNeo4jEarlyStart), or here. Lazy: created by the first use of the
		 * driver, so that no bean waits for the database where it is created
		 * ({@link DriverOnFirstUse}).
		 */
		@Bean(destroyMethod = "close")
		@Lazy
		EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
				ObjectProvider<EmbeddedNeo4jEarlyStart.Startup> earlyStart) {
			var startup = earlyStart.getIfAvailable();
			return startup != null ? startup.await() : EmbeddedNeo4j.start(properties);
		}

		@Bean
		static DriverOnFirstUse driverOnFirstUse() {
			return new DriverOnFirstUse();
		}

		/**
		 * Boot builds the driver from these details, so pool and timeout properties keep
		 * working. The address is asked for when the driver is built or a link is shown,
		 * both after the database started.
		 */
		@Bean
		Neo4jConnectionDetails embeddedNeo4jConnectionDetails(ObjectProvider<EmbeddedNeo4j> embeddedNeo4j) {
			return new Neo4jConnectionDetails() {
				@Override
				public URI getUri() {
					return embeddedNeo4j.getObject().boltUri();
				}

				@Override
				public AuthToken getAuthToken() {
					return embeddedNeo4j.getObject().authToken();
				}
			};
		}

	}

	/**
	 * An external database: Boot's own properties ({@code NEO4J_URI},
	 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}), except that with no password given
	 * and the URI on this machine, the password of the local embedded store is used when
	 * it exists, so that the command line reaches a running {@code serve} with just
	 * {@code NEO4J_URI=bolt://localhost:7687}.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(ExternalDatabaseCondition.class)
	static class External {

		@Bean
		Neo4jConnectionDetails externalNeo4jConnectionDetails(Environment environment,
				EmbeddedNeo4jProperties embedded) {
			var uri = URI.create(environment.getRequiredProperty("spring.neo4j.uri"));
			var user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
			var password = environment.getProperty("spring.neo4j.authentication.password", "");
			if (password.isEmpty() && loopback(uri.getHost())) {
				password = BoltSecret.ifPresent(embedded.storeDir().toAbsolutePath()).orElse("");
			}
			var auth = password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
			return new Neo4jConnectionDetails() {
				@Override
				public URI getUri() {
					return uri;
				}

				@Override
				public AuthToken getAuthToken() {
					return auth;
				}
			};
		}

		private static boolean loopback(String host) {
			return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
					|| host.equals("[::1]") || host.equals("::1"));
		}

	}

	@Bean
	DatabaseSelectionProvider databaseSelectionProvider(Environment environment) {
		var name = environment.getProperty("NEO4J_DATABASE");
		var selection = StringUtils.hasText(name) ? DatabaseSelection.byName(name) : DatabaseSelection.undecided();
		return () -> selection;
	}

}
