package org.ironriver.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.ironriver.IronriverApplication;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two starts of the application on one embedded store: the first migrates and loads the
 * curated graph (over the driver, under the migration lock), the second finds both
 * current in the embedded database's own API and writes nothing; both are ready with the
 * same graph.
 */
class GraphReadinessTest {

	@TempDir
	Path store;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(IronriverApplication.class).web(WebApplicationType.NONE)
			.run("--ironriver.embedded.store-dir=" + store, "--ironriver.embedded.bolt-port=0",
					"--logging.level.root=WARN");
	}

	private static long count(ConfigurableApplicationContext context, String cypher) {
		return context.getBean(Neo4jSessions.class).read(tx -> tx.run(cypher).single().get(0).asLong());
	}

	@Test
	void a_later_start_finds_schema_and_curated_graph_current_and_writes_nothing() {
		long entities;
		try (var first = start()) {
			var checks = first.getBean(GraphReadiness.class).checks();
			assertThat(checks.migrationsApplied()).isEqualTo(SchemaMigrations.load().size());
			assertThat(checks.curatedLoaded()).isTrue();
			assertThat(checks.inProcess()).as("a fresh store is migrated over the driver, under the lock").isFalse();
			entities = count(first, "MATCH (n:Entity) WHERE n.origin = 'curated' RETURN count(n)");
			assertThat(entities).isPositive();
		}
		try (var second = start()) {
			var checks = second.getBean(GraphReadiness.class).checks();
			assertThat(checks.migrationsApplied()).isZero();
			assertThat(checks.curatedLoaded()).isFalse();
			assertThat(checks.inProcess()).as("checked in the embedded database's own API, no Bolt").isTrue();
			assertThat(count(second, "MATCH (n:Entity) WHERE n.origin = 'curated' RETURN count(n)"))
				.isEqualTo(entities);
			assertThat(count(second, "MATCH (a:AuditEvent {kind: 'curated-load'}) RETURN count(a)"))
				.as("loaded once, audited once")
				.isEqualTo(1);
			assertThat(count(second, "MATCH (m:__Neo4jMigration) RETURN count(m)"))
				.isEqualTo(SchemaMigrations.load().size());
		}
	}

}
