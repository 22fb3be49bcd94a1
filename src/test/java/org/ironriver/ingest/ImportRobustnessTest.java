package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.ironriver.database.DatabaseStartupException;
import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.EmbeddedNeo4jProperties;
import org.ironriver.database.GraphTransport;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports that die midway leave no half-written row and complete when run again; uploads
 * answer with a summary or with every error; a store held by another database gets the
 * one-line instruction.
 */
@IntegrationTest
class ImportRobustnessTest {

	@Autowired
	ImportService imports;

	@Autowired
	Neo4jSessions sessions;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedNeo4j embedded;

	@TempDir
	Path dir;

	long count(String cypher) {
		return new ImportFixtures(imports, dir, ImportKind.FFL).count(cypher);
	}

	/** The database "goes away" at the given write transaction and stays away. */
	static final class FailingTarget implements GraphTransport {

		final GraphTransport delegate;

		final int failAt;

		final AtomicInteger writes = new AtomicInteger();

		FailingTarget(GraphTransport delegate, int failAt) {
			this.delegate = delegate;
			this.failAt = failAt;
		}

		@Override
		public <T> T write(Function<Statements, T> work) {
			if (writes.incrementAndGet() >= failAt) {
				throw new ServiceUnavailableException("database gone (test)");
			}
			return delegate.write(work);
		}

		@Override
		public <T> T read(Function<Statements, T> work) {
			return delegate.read(work);
		}

		@Override
		public Outcome autoCommit(String cypher, Map<String, Object> parameters) {
			return delegate.autoCommit(cypher, parameters);
		}

		@Override
		public String describe() {
			return "failing";
		}

	}

	@Test
	void an_ffl_import_killed_midway_leaves_no_half_written_row_and_a_rerun_completes_it() throws IOException {
		var rows = new ArrayList<String>();
		for (int i = 0; i < 200; i++) {
			rows.add(ImportFixtures.fflRow("2", "17", "01", "4C", "%05d".formatted(70000 + i), "CRASH TEST " + i,
					"CITY " + (i % 7), "NY"));
		}
		var path = dir.resolve("ffl-2021-04.txt");
		Files.writeString(path, ImportFixtures.FFL_HEADER + "\n" + String.join("\n", rows) + "\n",
				StandardCharsets.UTF_8);
		var options = new ImportOptions(false, null, 20, null, null, null, 2);
		// write 1 records the import, 2 merges the places, then one per batch of 20: fail
		// at the 6th batch
		var failing = new FailingTarget(imports.target(), 8);

		assertThatThrownBy(() -> ImportPipeline.of(ImportKind.FFL, failing, Progress.NONE)
			.importFile(path, "ffl-2021-04.txt", options)).hasMessageContaining("database gone");

		long written = count("MATCH (d:Dealer) WHERE d.name STARTS WITH 'CRASH TEST ' RETURN count(d) AS n");
		assertThat(written).isBetween(20L, 180L);
		assertThat(written % 20).isZero();
		assertThat(count(
				"MATCH (d:Dealer) WHERE d.name STARTS WITH 'CRASH TEST ' AND NOT (d)-[:LOCATED_IN]->(:Place) RETURN count(d) AS n"))
			.isZero();
		assertThat(imports.recordedImports(1000)).filteredOn(i -> "ffl-2021-04.txt".equals(i.get("file")))
			.singleElement()
			.satisfies(i -> assertThat(i.get("status")).isEqualTo("running"));

		var rerun = imports
			.importFiles(ImportKind.FFL, List.of(new ImportService.InputFileRef(path, "ffl-2021-04.txt")), options,
					Progress.NONE)
			.get(0);

		assertThat(rerun.unchanged()).isEqualTo(written);
		assertThat(rerun.created()).isEqualTo(200 - written);
		assertThat(rerun.status()).isEqualTo("completed");
		assertThat(
				count("""
						MATCH (d:Dealer)-[r:LOCATED_IN]->(c:Place {placeKind: 'us-city'})-[:LOCATED_IN]->(:Place {id: 'new-york'})
						WHERE d.name STARTS WITH 'CRASH TEST ' AND d.listings = ['2021-04'] AND size(d.imports) = 1 AND r.locator IS NOT NULL
						RETURN count(DISTINCT d) AS n"""))
			.isEqualTo(200);
		assertThat(count(
				"MATCH (d:Dealer)-[r:LOCATED_IN]->() WHERE d.name STARTS WITH 'CRASH TEST ' RETURN count(r) AS n"))
			.isEqualTo(200);
		assertThat(count(
				"MATCH (i:Import {id: '" + rerun.importId() + "'}) WHERE i.status = 'completed' RETURN i.runs AS n"))
			.isEqualTo(2);
	}

	@Test
	void a_facts_import_whose_database_fails_midway_writes_whole_rows_only_and_a_rerun_completes_it()
			throws IOException {
		var lines = new ArrayList<String>();
		lines.add(ImportFixtures.FACTS_HEADER);
		for (int i = 0; i < 50; i++) {
			lines.add(",Person,Crash Person " + i + ",MEMBER_OF,,Organization,Crash Org " + (i % 5)
					+ ",2020,,https://example.org/crash/" + (i % 3) + ",,,,,,");
		}
		var path = dir.resolve("facts-crash.csv");
		Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		var options = new ImportOptions(false, null, 10, null, null, null, 1);
		// write 1 records the import, then one per batch of 10: fail at the 3rd batch
		var failing = new FailingTarget(imports.target(), 4);

		assertThatThrownBy(() -> ImportPipeline.of(ImportKind.FACTS, failing, Progress.NONE)
			.importFile(path, "facts-crash.csv", options)).hasMessageContaining("database gone");
		assertThat(count("MATCH (p:Person) WHERE p.name STARTS WITH 'Crash Person ' RETURN count(p) AS n"))
			.isEqualTo(20);
		assertThat(count(
				"MATCH (p:Person) WHERE p.name STARTS WITH 'Crash Person ' AND NOT (p)-[:MEMBER_OF]->() RETURN count(p) AS n"))
			.isZero();

		var rerun = imports
			.importFiles(ImportKind.FACTS, List.of(new ImportService.InputFileRef(path, "facts-crash.csv")), options,
					Progress.NONE)
			.get(0);

		assertThat(rerun.unchanged()).isEqualTo(20);
		assertThat(rerun.created()).isEqualTo(30);
		assertThat(count("""
				MATCH (p:Person)-[r:MEMBER_OF]->(o:Organization)
				WHERE p.name STARTS WITH 'Crash Person ' AND size(r.sources) = 1 AND r.validFrom = date('2020-01-01')
				RETURN count(DISTINCT p) AS n""")).isEqualTo(50);
		assertThat(count("MATCH (o:Organization) WHERE o.name STARTS WITH 'Crash Org ' RETURN count(o) AS n"))
			.isEqualTo(5);
		assertThat(count("MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/crash/' RETURN count(s) AS n"))
			.isEqualTo(3);
	}

	@Test
	void a_valid_upload_answers_201_with_the_summary() throws Exception {
		var csv = ImportFixtures.FACTS_HEADER
				+ "\n,Organization,Upload Org,LOCATED_IN,MX,Country,,,,https://example.org/upload,,,,,,\n";

		mvc.perform(multipart("/api/imports/facts")
			.file(new MockMultipartFile("file", "upload.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("facts"))
			.andExpect(jsonPath("$.file").value("upload.csv"))
			.andExpect(jsonPath("$.read").value(1))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.status").value("completed"));
		assertThat(count(
				"MATCH (:Organization {name: 'Upload Org'})-[:LOCATED_IN]->(:Country {id: 'MX'}) RETURN count(*) AS n"))
			.isEqualTo(1);
	}

	@Test
	void without_an_editor_token_uploads_from_another_machine_or_another_site_are_refused_and_write_nothing()
			throws Exception {
		var csv = ImportFixtures.FACTS_HEADER
				+ "\n,Organization,Remote Org,LOCATED_IN,MX,Country,,,,https://example.org/remote,,,,,,\n";
		var file = new MockMultipartFile("file", "remote.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/api/imports/facts").file(file).with(request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Upload refused"))
			.andExpect(jsonPath("$.detail").value(containsString("IRONRIVER_EDITOR_TOKEN")));
		mvc.perform(multipart("/api/imports/facts").file(file).header("Origin", "https://attacker.example"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("another site")));
		mvc.perform(get("/api/imports").with(request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andExpect(status().isOk());

		assertThat(count("MATCH (o:Organization {name: 'Remote Org'}) RETURN count(o) AS n")).isZero();
	}

	@Test
	void an_invalid_upload_answers_400_with_every_error_and_writes_nothing() throws Exception {
		var csv = ImportFixtures.TRACE_HEADER
				+ "\n2023,MX,AZ,traced,1,firearms,https://example.org/u,\n2099,MX,AZ,traced,1,firearms,https://example.org/u,ok\n";
		long nodes = count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n");

		mvc.perform(multipart("/api/imports/trace")
			.file(new MockMultipartFile("file", "trace-upload.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errorCount").value(2))
			.andExpect(jsonPath("$.errors[0].file").value("trace-upload.csv"))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("caveat"))
			.andExpect(jsonPath("$.errors[0].reason").value("is required"))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].reason").value("'2099' is in the future"));
		assertThat(count("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n")).isEqualTo(nodes);
	}

	@Test
	void a_second_database_on_a_held_store_gets_one_line_naming_neo4j_uri() {
		var store = ((org.neo4j.kernel.internal.GraphDatabaseAPI) embedded.database()).databaseLayout()
			.getNeo4jLayout()
			.homeDirectory();
		var second = EmbeddedNeo4jProperties.of(store, 0, "127.0.0.1", "16m");

		assertThatThrownBy(() -> EmbeddedNeo4j.start(second).close()).isInstanceOfSatisfying(
				DatabaseStartupException.class,
				ex -> assertThat(ImportCommand.failureMessage(ex))
					.isEqualTo("the embedded database is held by a running ironriver; import through it with "
							+ "NEO4J_URI=bolt://localhost:7687 ironriver import …"));
	}

}
