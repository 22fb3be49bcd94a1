package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.ironriver.IronriverApplication;
import org.ironriver.support.ImportFixtures;
import org.ironriver.ingest.synthetic.SyntheticData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The database crashes under the application ({@code kill -9} of its process: no
 * shutdown, recovery from the transaction log at the next start), with the application
 * running on it through {@code NEO4J_URI}. One database process and one application are
 * shared by the tests, which run in order; each test restarts the database itself.
 */
@DisabledIfEnvironmentVariable(named = "NEO4J_URI", matches = ".+",
		disabledReason = "the test kills and restarts a database of its own")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private Path dir;

	private Path store;

	private int boltPort;

	private Neo4jProcess database;

	private ConfigurableApplicationContext app;

	private String base;

	private Driver direct;

	@BeforeAll
	void start(@TempDir Path temporary) throws IOException {
		dir = temporary;
		store = dir.resolve("store");
		boltPort = DatabaseOutageTest.freePort();
		database = Neo4jProcess.start(store, boltPort);
		app = new SpringApplicationBuilder(IronriverApplication.class).run("--NEO4J_URI=bolt://localhost:" + boltPort,
				"--NEO4J_PASSWORD=" + Neo4jProcess.password(store), "--server.port=0",
				"--spring.neo4j.max-transaction-retry-time=1s",
				// a month of 30,000 licensees is larger than the upload limit of this
				// branch's default
				"--spring.servlet.multipart.max-file-size=64MB", "--spring.servlet.multipart.max-request-size=64MB");
		base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
		// the test's own look at the database, beside the application's
		direct = GraphDatabase.driver("bolt://localhost:" + boltPort,
				AuthTokens.basic("neo4j", Neo4jProcess.password(store)));
	}

	@AfterAll
	void stop() throws InterruptedException {
		if (direct != null) {
			direct.close();
		}
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void every_write_acknowledged_before_a_crash_is_there_after_it() throws Exception {
		int n = 200;
		long started = System.nanoTime();
		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var header = ImportFixtures.FACTS_HEADER;
		var pool = Executors.newFixedThreadPool(4);
		try {
			var uploads = new ArrayList<CompletableFuture<Void>>();
			for (int i = 0; i < n; i++) {
				var name = "Durable Org %03d".formatted(i);
				var csv = header + "\n," + "Organization," + name
						+ ",LOCATED_IN,MX,Country,,,,https://example.org/durable/" + i + ",,,,,,\n";
				uploads.add(CompletableFuture.runAsync(() -> {
					var response = upload("facts", "durable-" + name.substring(12) + ".csv",
							csv.getBytes(StandardCharsets.UTF_8));
					if (response.statusCode() == 201) {
						acknowledged.add(name);
					}
				}, pool));
			}
			CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			pool.shutdown();
		}
		assertThat(acknowledged).hasSize(n);
		long uploaded = System.nanoTime();

		restartAfterCrash();
		System.out.printf("DatabaseFaultTest: %d uploads in %.1f s, crash and restart in %.1f s%n", n,
				(uploaded - started) / 1e9, (System.nanoTime() - uploaded) / 1e9);

		var stored = direct.session().executeRead(tx -> tx.run("""
				MATCH (o:Organization)-[:LOCATED_IN]->(:Country {id: 'MX'})
				WHERE o.name STARTS WITH 'Durable Org '
				RETURN collect(o.name) AS names""").single().get("names").asList(v -> v.asString()));
		assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
		assertThat(count(
				"MATCH (i:Import) WHERE i.file STARTS WITH 'durable-' AND i.status = 'completed' RETURN count(i) AS n",
				Map.of()))
			.isEqualTo(n);
		// and the application answers again, without a restart of its own
		assertThat(eventually(() -> get("/api/entities/MX").statusCode() == 200)).isTrue();
	}

	@Test
	@Order(2)
	void an_import_cut_by_a_crash_is_recorded_as_failed_and_a_rerun_completes_it_without_duplicates() throws Exception {
		var file = SyntheticData
			.ffl(Files.createDirectories(dir.resolve("ffl")), 30_000, 1, YearMonth.of(2024, 1), 8, false)
			.get(0);
		var name = file.getFileName().toString();
		var bytes = Files.readAllBytes(file);
		var firstRun = CompletableFuture.supplyAsync(() -> upload("ffl", name, bytes));

		// kill the database once some batches of licensees are committed (the cities come
		// first) and before the last one is
		assertThat(eventually(() -> count(
				"MATCH (n:Dealer|Manufacturer|Importer) WHERE n.origin STARTS WITH 'import-ffl-' RETURN count(n) AS n",
				Map.of()) > 0))
			.isTrue();
		database.kill();
		var answer = firstRun.get();
		assertThat(answer.statusCode()).as("the cut import's answer: %s", answer.body()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var problem = JSON.readTree(answer.body());
		var importId = problem.get("importId").asString();
		assertThat(problem.get("status").asString()).isEqualTo("failed");

		database = Neo4jProcess.start(store, boltPort);

		// the application records the failure itself once the database is back: on the
		// Import node and in the audit trail
		assertThat(eventually(
				() -> "failed".equals(one("MATCH (i:Import {id: $id}) RETURN i.status AS v", Map.of("id", importId)))))
			.as("the Import node marked failed once the database is back")
			.isTrue();
		assertThat(eventually(() -> count("""
				MATCH (a:AuditEvent {kind: 'import', importId: $id, outcome: 'failed'})
				WHERE a.who = $who AND a.where = '127.0.0.1' AND a.error IS NOT NULL
				RETURN count(a) AS n""", Map.of("id", importId, "who", System.getProperty("user.name"))) == 1))
			.as("one failed import in the audit trail; the trail holds for it: %s", (Object) auditOf(importId))
			.isTrue();
		long written = licensees(importId);
		assertThat(written).as("licensees written before the crash").isBetween(1L, 29_999L);
		assertThat(halfWritten(importId)).as("licensees half written before the crash").isZero();

		var rerun = upload("ffl", name, bytes);
		assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(201);
		var summary = JSON.readTree(rerun.body());
		assertThat(summary.get("status").asString()).isEqualTo("completed");
		assertThat(summary.get("importId").asString()).isEqualTo(importId);
		long valid = summary.get("read").asLong() - summary.get("rejected").asLong();
		assertThat(summary.get("unchanged").asLong() + summary.get("updated").asLong())
			.as("the rerun found the %d licensees of the cut run: %s", written, rerun.body())
			.isEqualTo(written);
		assertThat(summary.get("created").asLong()).as("the rerun's new licensees: %s", rerun.body())
			.isEqualTo(valid - written);

		assertThat(licensees(importId)).isEqualTo(valid);
		assertThat(count("""
				MATCH (n:Entity) WHERE $id IN n.imports AND (n:Dealer OR n:Manufacturer OR n:Importer)
				RETURN count(DISTINCT n.licenceNumber) AS n""", Map.of("id", importId))).isEqualTo(valid);
		assertThat(halfWritten(importId)).isZero();
		assertThat(one("MATCH (i:Import {id: $id}) RETURN i.status + ' ' + i.runs AS v", Map.of("id", importId)))
			.isEqualTo("completed 2");
	}

	private long licensees(String importId) {
		return count("""
				MATCH (n:Entity) WHERE $id IN n.imports AND (n:Dealer OR n:Manufacturer OR n:Importer)
				RETURN count(n) AS n""", Map.of("id", importId));
	}

	/**
	 * A licensee without its place, or listed twice: what a batch cut in half would
	 * leave.
	 */
	private long halfWritten(String importId) {
		return count("""
				MATCH (n:Entity) WHERE $id IN n.imports AND (n:Dealer OR n:Manufacturer OR n:Importer)
				  AND (NOT (n)-[:LOCATED_IN]->(:Place) OR size(n.imports) <> 1 OR n.listings <> ['2024-01'])
				RETURN count(n) AS n""", Map.of("id", importId));
	}

	private void restartAfterCrash() throws Exception {
		database.kill();
		database = Neo4jProcess.start(store, boltPort);
	}

	private long count(String cypher, Map<String, Object> parameters) {
		try (var session = direct.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).single().get("n").asLong());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private String auditOf(String importId) {
		try (var session = direct.session()) {
			return session.executeRead(tx -> tx.run(
					"MATCH (a:AuditEvent) WHERE a.importId = $id OR a.kind = 'import' RETURN collect(properties(a)) AS v",
					Map.of("id", importId))
				.single()
				.get("v")
				.asList()
				.toString());
		}
		catch (RuntimeException ex) {
			return ex.toString();
		}
	}

	private String one(String cypher, Map<String, Object> parameters) {
		try (var session = direct.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).single().get("v").asString(null));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> upload(String kind, String fileName, byte[] content) {
		var boundary = "ironriver-fault-test";
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/" + kind))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofSeconds(300))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
