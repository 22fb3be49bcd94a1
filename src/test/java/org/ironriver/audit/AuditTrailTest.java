package org.ironriver.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import org.hamcrest.Matchers;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.ImportOptions;
import org.ironriver.ingest.ImportService;
import org.ironriver.ingest.InvalidInputException;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.facts.FactsImporter;
import org.ironriver.support.ImportFixtures;
import org.ironriver.schema.SchemaMigrations;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditTrailTest {

	/** Who a request from this machine is in the local single-user mode: the OS user. */
	static final String LOCAL_USER = System.getProperty("user.name");

	static final String HEADER = ImportFixtures.FACTS_HEADER;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	ImportService imports;

	@Autowired
	Neo4jSessions sessions;

	@TempDir
	Path dir;

	@AfterEach
	void removeImportedData() {
		ImportedData.remove(sessions);
	}

	/**
	 * The newest event matching a condition on {@code a}, after the background writer has
	 * caught up.
	 */
	Map<String, Object> newest(String where, Map<String, Object> parameters) {
		assertThat(audit.flush(Duration.ofSeconds(10))).isTrue();
		var rows = sessions.read(
				tx -> tx.run("MATCH (a:AuditEvent) WHERE " + where + " RETURN a ORDER BY a.at DESC LIMIT 1", parameters)
					.list(r -> r.get("a").asNode().asMap(Value::asObject)));
		assertThat(rows).as("an audit event where " + where).hasSize(1);
		return rows.get(0);
	}

	@Test
	void a_batch_written_again_after_a_lost_answer_leaves_each_event_once() {
		var event = Map.<String, Object>of("id", "audit-test-retried-batch", "at", "2026-12-02T00:00:00Z", "kind",
				"query", "who", "test", "outcome", "completed");
		try {
			for (int attempt = 0; attempt < 2; attempt++) {
				sessions.transport().write(tx -> tx.run(AuditLog.CREATE, Map.of("events", List.of(event))));
			}
			long count = sessions
				.read(tx -> tx.run("MATCH (a:AuditEvent {id: 'audit-test-retried-batch'}) RETURN count(a) AS n")
					.single()
					.get("n")
					.asLong());
			assertThat(count).isEqualTo(1);
		}
		finally {
			sessions.transport().write(tx -> tx.run("MATCH (a:AuditEvent {id: 'audit-test-retried-batch'}) DELETE a"));
		}
	}

	@Test
	void an_event_the_database_refuses_is_dropped_and_counted_and_holds_up_no_other() {
		long rejectedBefore = audit.rejected();
		var ids = List.of("audit-test-before-refused", "audit-test-refused", "audit-test-after-refused");
		try {
			for (var id : ids) {
				var properties = new java.util.HashMap<String, Object>(Map.of("id", id, "at", "2026-12-02T00:00:00Z",
						"kind", "query", "who", "test", "outcome", "ok"));
				if (id.equals("audit-test-refused")) {
					// a map is no property value Neo4j stores: refused however often it
					// is tried
					properties.put("parameters", Map.of("nested", "map"));
				}
				audit.record(new AuditEvent(properties));
			}
			assertThat(audit.flush(Duration.ofSeconds(20))).as("the writer gets past the refused event").isTrue();
			var written = sessions
				.read(tx -> tx.run("MATCH (a:AuditEvent) WHERE a.id IN $ids RETURN a.id AS id", Map.of("ids", ids))
					.list(r -> r.get("id").asString()));
			assertThat(written).containsExactlyInAnyOrder("audit-test-before-refused", "audit-test-after-refused");
			assertThat(audit.rejected()).isEqualTo(rejectedBefore + 1);
		}
		finally {
			sessions.transport()
				.write(tx -> tx.run("MATCH (a:AuditEvent) WHERE a.id IN $ids DELETE a", Map.of("ids", ids)));
		}
	}

	@Test
	void an_upload_records_who_from_where_what_and_how_many() throws Exception {
		var csv = HEADER
				+ "\n,Organization,Audited Upload Org,LOCATED_IN,MX,Country,,,,https://example.org/audited,,,,,,\n"
				+ ",Organization,Audited Upload Org 2,LOCATED_IN,MX,Country,,,,https://example.org/audited,,,,,,\n";

		mvc.perform(multipart("/api/imports/facts")
			.file(new MockMultipartFile("file", "audited.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(request -> {
				request.setRemoteAddr("127.0.0.1");
				return request;
			})).andExpect(status().isCreated());

		var event = newest("a.kind = 'import' AND a.file = 'audited.csv'", Map.of());
		assertThat(event).containsEntry("who", LOCAL_USER)
			.containsEntry("where", "127.0.0.1")
			.containsEntry("importKind", "facts")
			.containsEntry("outcome", "completed")
			.containsEntry("read", 2L)
			.containsEntry("created", 2L)
			.containsEntry("updated", 0L)
			.containsEntry("unchanged", 0L)
			.containsEntry("rejected", 0L)
			.containsEntry("checksum", DigestUtils.sha256Hex(csv));
		assertThat((String) event.get("importId")).startsWith("import-facts-");
		assertThat(event.get("at")).isNotNull();
	}

	@Test
	void a_command_line_import_records_the_os_user_from_the_cli_and_a_refused_file_as_invalid() throws IOException {
		var file = Files.writeString(dir.resolve("cli-audited.csv"), HEADER
				+ "\n,Organization,CLI Audited Org,LOCATED_IN,MX,Country,,,,https://example.org/cli-audited,,,,,,\n");
		var bad = Files.writeString(dir.resolve("cli-bad.csv"),
				HEADER + "\n,Organization,CLI Bad Org,SELLS_TO,MX,Country,,,,https://example.org/cli-audited,,,,,,\n");

		var summary = imports
			.importFiles(ImportKind.FACTS, List.of(new ImportService.InputFileRef(file, "cli-audited.csv")),
					ImportOptions.defaults(), Progress.NONE)
			.get(0);
		assertThatThrownBy(() -> imports.importFiles(ImportKind.FACTS,
				List.of(new ImportService.InputFileRef(bad, "cli-bad.csv")), ImportOptions.defaults(), Progress.NONE))
			.isInstanceOf(InvalidInputException.class);

		assertThat(newest("a.file = 'cli-audited.csv'", Map.of()))
			.containsEntry("who", System.getProperty("user.name") + " (cli)")
			.containsEntry("where", "cli")
			.containsEntry("importId", summary.importId())
			.containsEntry("created", 1L);
		assertThat(newest("a.file = 'cli-bad.csv'", Map.of())).containsEntry("outcome", "invalid")
			.containsEntry("rejected", 1L)
			.containsEntry("created", 0L);
	}

	@Test
	void ad_hoc_cypher_is_recorded_by_the_hash_of_its_text_with_rows_duration_and_outcome() throws Exception {
		var query = "MATCH (d:Dealer) WHERE d.name STARTS WITH $prefix RETURN d.name AS name";
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.content(JsonMapper.builder()
				.build()
				.writeValueAsString(Map.of("query", query, "parameters", Map.of("prefix", "Sprague")))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"MATCH (n) DETACH DELETE n\"}")).andExpect(status().isBadRequest());

		var ok = newest("a.kind = 'cypher' AND a.queryHash = $hash", Map.of("hash", DigestUtils.sha256Hex(query)));
		assertThat(ok).containsEntry("outcome", "ok")
			.containsEntry("rows", 1L)
			.containsEntry("who", LOCAL_USER)
			.containsEntry("parameters", "{\"prefix\":\"Sprague\"}")
			.doesNotContainKey("query");
		assertThat((Long) ok.get("durationMs")).isNotNegative();
		assertThat(newest("a.kind = 'cypher' AND a.queryHash = $hash",
				Map.of("hash", DigestUtils.sha256Hex("MATCH (n) DETACH DELETE n"))))
			.containsEntry("outcome", "refused")
			.doesNotContainKey("rows");
	}

	@Test
	void a_library_query_is_recorded_by_its_name_and_parameters() throws Exception {
		mvc.perform(post("/api/queries/trace-statistics-for-country").contentType(MediaType.APPLICATION_JSON)
			.content("{\"country\": \"MX\"}")).andExpect(status().isOk());

		assertThat(newest("a.kind = 'query' AND a.query = 'trace-statistics-for-country'", Map.of()))
			.containsEntry("outcome", "ok")
			.containsEntry("rows", 61L)
			.containsEntry("parameters", "{\"country\":\"MX\"}")
			.doesNotContainKey("queryHash");
	}

	@Test
	void the_audit_endpoint_filters_by_kind_and_who_and_pages_with_a_cursor() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/queries/appeal-chain")).andExpect(status().isOk());
		}
		audit.flush(Duration.ofSeconds(10));

		var json = JsonMapper.builder().build();
		var seen = new ArrayList<String>();
		String cursor = null;
		do {
			var request = get("/api/audit").param("kind", "query").param("who", LOCAL_USER).param("limit", "2");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			var body = mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.events[*].kind", Matchers.everyItem(Matchers.is("query"))))
				.andExpect(jsonPath("$.events[*].who", Matchers.everyItem(Matchers.is(LOCAL_USER))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			var page = json.readTree(body);
			page.get("events").forEach(e -> seen.add(e.get("id").asString()));
			cursor = page.has("next") ? page.get("next").asString() : null;
		}
		while (cursor != null && seen.size() < 100);

		assertThat(seen).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
		mvc.perform(get("/api/audit").param("kind", "query").param("who", LOCAL_USER).param("from", "2999-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events.length()").value(0));
	}

	@Test
	void bad_audit_parameters_are_problem_details() throws Exception {
		for (var bad : List.of(Map.of("kind", "delete"), Map.of("limit", "0"), Map.of("limit", "5000"),
				Map.of("from", "yesterday"), Map.of("cursor", "not-a-cursor"), Map.of("limit", "many"))) {
			var request = get("/api/audit");
			bad.forEach((k, v) -> request.param(k, v));
			mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
	}

	@Test
	void no_endpoint_writes_or_deletes_audit_events() throws Exception {
		for (var method : List.of("POST", "PUT", "PATCH", "DELETE")) {
			int status = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.request(org.springframework.http.HttpMethod.valueOf(method), "/api/audit")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(method).isEqualTo(405);
		}
	}

	@Test
	void an_import_can_neither_create_nor_change_an_audit_event() throws Exception {
		mvc.perform(post("/api/queries/appeal-chain")).andExpect(status().isOk());
		var target = newest("a.kind = 'query' AND a.query = 'appeal-chain'", Map.of());
		var id = (String) target.get("id");
		long others = count("a.kind <> 'import'");
		long importEvents = count("a.kind = 'import'");

		var asType = Files.writeString(dir.resolve("audit-as-type.csv"),
				HEADER + "\n,AuditEvent,Forged Event,LOCATED_IN,MX,Country,,,,https://example.org/forged,,,,,,\n");
		assertThatThrownBy(() -> imports.importFiles(ImportKind.FACTS,
				List.of(new ImportService.InputFileRef(asType, "forged.csv")), ImportOptions.defaults(), Progress.NONE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).toString()).contains("AuditEvent"));
		var byId = Files.writeString(dir.resolve("audit-by-id.csv"), HEADER + "\n" + id
				+ ",Organization,Forged Org,LOCATED_IN,MX,Country,,,,https://example.org/forged,,,,,,\n");
		try {
			imports.importFiles(ImportKind.FACTS, List.of(new ImportService.InputFileRef(byId, "forged-by-id.csv")),
					ImportOptions.defaults(), Progress.NONE);
		}
		catch (InvalidInputException refused) {
			// refusing the row is as good as writing it elsewhere: the event is untouched
			// either way
		}
		assertThat(audit.flush(Duration.ofSeconds(10))).isTrue();

		var after = sessions.read(
				tx -> tx
					.run("MATCH (a:AuditEvent {id: $id}) RETURN a, labels(a) AS labels, "
							+ "COUNT { (a)--() } AS links", Map.of("id", id))
					.single());
		assertThat(after.get("a").asNode().asMap(Value::asObject)).isEqualTo(target);
		assertThat(after.get("labels").asList(Value::asString)).containsExactly("AuditEvent");
		assertThat(after.get("links").asLong()).isZero();
		// the two imports' own events and nothing else were added
		assertThat(count("a.kind <> 'import'")).isEqualTo(others);
		assertThat(count("a.kind = 'import'")).isEqualTo(importEvents + 2);
	}

	long count(String where) {
		return sessions.read(tx -> tx.run("MATCH (a:AuditEvent) WHERE " + where + " RETURN count(a) AS n")
			.single()
			.get("n")
			.asLong());
	}

}
