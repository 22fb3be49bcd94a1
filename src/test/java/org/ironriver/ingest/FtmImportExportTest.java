package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironriver.ingest.ftm.FtmExporter;
import org.ironriver.ingest.records.Names;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FtmImportExportTest {

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

	@TempDir
	Path dir;

	ImportFixtures data;

	@BeforeEach
	void fixtures() {
		data = new ImportFixtures(imports, dir, ImportKind.FTM);
	}

	@Test
	void ftm_entities_and_interval_entities_become_actors_lawsuits_and_relationships_with_their_evidence()
			throws IOException {
		var f = data.file("opensanctions.ftm.json",
				"{\"id\": \"ftm-own-1\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"ftm-parent\"], \"asset\": [\"ftm-arms\"], "
						+ "\"startDate\": [\"2015-03-01\"], \"sourceUrl\": [\"https://registry.example.org/arms\"], \"publisher\": [\"Example Registry\"]}}",
				"{\"id\": \"ftm-arms\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Example Arms S.A.\", \"Example Arms\"], "
						+ "\"sector\": [\"Firearms manufacturing\"], \"jurisdiction\": [\"mx\"]}}",
				"{\"id\": \"ftm-parent\", \"schema\": \"LegalEntity\", \"properties\": {\"name\": [\"Example Holding\"]}}",
				"{\"id\": \"ftm-jane\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Jane Example\"], \"alias\": [\"J. Example\"]}}",
				"{\"id\": \"ftm-dir-1\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"ftm-jane\"], \"organization\": [\"ftm-parent\"], \"endDate\": [\"2020-12-31T00:00:00\"]}}",
				"{\"id\": \"ftm-case\", \"schema\": \"CourtCase\", \"properties\": {\"name\": [\"Doe v. Example Arms\"], \"caseNumber\": [\"1:24-cv-1\"], \"fileDate\": [\"2024-02-02\"]}}",
				"{\"id\": \"ftm-party-1\", \"schema\": \"CourtCaseParty\", \"properties\": {\"party\": [\"ftm-arms\"], \"case\": [\"ftm-case\"], \"role\": [\"Defendant\"]}}",
				"{\"id\": \"ftm-addr\", \"schema\": \"Address\", \"properties\": {\"full\": [\"1 Main St\"]}}",
				"{\"id\": \"ftm-agency\", \"schema\": \"PublicBody\", \"properties\": {\"name\": [\"Example Firearms Agency\"]}}",
				"{\"id\": \"ftm-link\", \"schema\": \"UnknownLink\", \"properties\": {\"subject\": [\"ftm-jane\"], \"object\": [\"ftm-agency\"], \"role\": [\"member of\"]}}");

		var summary = data.run(f);

		assertThat(summary.read()).isEqualTo(10);
		assertThat(summary.rejected()).isZero();
		var ownership = data.one("""
				MATCH (a:Manufacturer {id: 'ftm-arms'})-[r:SUBSIDIARY_OF]->(p:Organization {id: 'ftm-parent'})
				RETURN a.name AS name, a.aliases AS aliases, a.country AS country, a.ftmSchema AS schema,
				       r.validFrom AS validFrom, r.sources AS sources, r.confidence AS confidence, r.origin AS origin
				""", Map.of());
		assertThat(ownership).containsEntry("name", "Example Arms S.A.")
			.containsEntry("aliases", List.of("Example Arms"))
			.containsEntry("country", "MX")
			.containsEntry("schema", "Company")
			.containsEntry("validFrom", LocalDate.of(2015, 3, 1))
			.containsEntry("sources", List.of(Names.sourceId("https://registry.example.org/arms")))
			.containsEntry("confidence", 0.7)
			.containsEntry("origin", summary.importId());
		var fileSource = summary.importId().replace("import-", "src-import-");
		assertThat(data.one("MATCH (:Person {id: 'ftm-jane'})-[r:HOLDS_OFFICE_IN]->(:Organization {id: 'ftm-parent'}) "
				+ "RETURN r.validTo AS validTo, r.sources AS sources", Map.of()))
			.containsEntry("validTo", LocalDate.of(2020, 12, 31))
			.containsEntry("sources", List.of(fileSource));
		assertThat(data.one(
				"MATCH (:Manufacturer {id: 'ftm-arms'})-[:DEFENDANT_IN]->(l:Lawsuit {id: 'ftm-case'}) RETURN l.docketNumber AS docket, l.filed AS filed",
				Map.of()))
			.containsEntry("docket", "1:24-cv-1")
			.containsEntry("filed", LocalDate.of(2024, 2, 2));
		assertThat(data.one(
				"MATCH (:Person {id: 'ftm-jane'})-[r:MEMBER_OF]->(o:Organization {id: 'ftm-agency'}) RETURN o.orgType AS orgType, count(r) AS n",
				Map.of()))
			.containsEntry("orgType", "agency")
			.containsEntry("n", 1L);
		assertThat(data.one("MATCH (s:Source {id: $id}) RETURN s.kind AS kind, s.title AS title",
				Map.of("id", fileSource)))
			.containsEntry("kind", "dataset")
			.containsEntry("title", "FollowTheMoney file opensanctions.ftm.json");
	}

	@Test
	void an_ftm_entity_named_like_a_graph_entity_is_that_entity_and_answers_to_its_ftm_id_from_then_on()
			throws IOException {
		var first = data.file("opensanctions-1.ftm.json",
				"{\"id\": \"NK-sw\", \"schema\": \"Company\", \"properties\": {\"name\": [\"SMITH & WESSON BRANDS INC\"], \"jurisdiction\": [\"us\"]}}",
				"{\"id\": \"NK-hold\", \"schema\": \"LegalEntity\", \"properties\": {\"name\": [\"Example Holding Corp\"]}}",
				"{\"id\": \"NK-own\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"NK-hold\"], \"asset\": [\"NK-sw\"], "
						+ "\"sourceUrl\": [\"https://registry.example.org/sw\"]}}",
				"{\"id\": \"NK-pat\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Pat Director\"]}}",
				"{\"id\": \"NK-dir\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"NK-pat\"], \"organization\": [\"NK-sw\"]}}");

		var summary = data.run(first);

		assertThat(summary.created()).isEqualTo(4);
		assertThat(summary.updated()).isEqualTo(1);
		assertThat(data.one("MATCH (n:Entity {id: 'NK-sw'}) RETURN count(n) AS n", Map.of())).containsEntry("n", 0L);
		assertThat(data.one("""
				MATCH (sw:Manufacturer {id: 'smith-wesson'})
				RETURN sw.name AS name, sw.externalIds AS externalIds, sw.imports AS imports, sw.origin AS origin,
				       sw.ftmSchema AS schema
				""", Map.of())).containsEntry("name", "Smith & Wesson Brands, Inc.")
			.containsEntry("externalIds", List.of("NK-sw"))
			.containsEntry("imports", List.of(summary.importId()))
			.containsEntry("origin", "curated")
			.containsEntry("schema", null);
		assertThat(data.one(
				"MATCH (:Manufacturer {id: 'smith-wesson'})-[r:SUBSIDIARY_OF]->(:Organization {id: 'NK-hold'}) RETURN r.sources AS sources",
				Map.of()))
			.containsEntry("sources", List.of(Names.sourceId("https://registry.example.org/sw")));
		assertThat(data.one(
				"MATCH (:Person {id: 'NK-pat'})-[r:HOLDS_OFFICE_IN]->(:Manufacturer {id: 'smith-wesson'}) RETURN count(r) AS n",
				Map.of()))
			.containsEntry("n", 1L);

		var again = data.run(first);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(5);

		// a later file that only links to the FtM id finds the entity matched before
		var later = data.file("opensanctions-2.ftm.json",
				"{\"id\": \"NK-own-2\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"gov-us\"], \"asset\": [\"NK-sw\"]}}");
		var linked = data.run(later);
		assertThat(linked.rejected()).isZero();
		assertThat(linked.created()).isEqualTo(1);
		assertThat(data.one(
				"MATCH (:Manufacturer {id: 'smith-wesson'})-[r:SUBSIDIARY_OF]->(:Organization {id: 'gov-us'}) RETURN r.origin AS origin",
				Map.of()))
			.containsEntry("origin", linked.importId());

		// and so does a fact that names the entity by the FtM id
		var facts = data.file("facts.csv", ImportFixtures.FACTS_HEADER,
				"NK-sw,Manufacturer,,SUPPLIES,,Dealer,Example Border Shop,2020,,https://example.org/supply,,,,,,");
		imports.importFiles(ImportKind.FACTS, List.of(new ImportService.InputFileRef(facts, "facts.csv")),
				ImportOptions.defaults(), Progress.NONE);
		assertThat(data.one("MATCH (:Manufacturer {id: 'smith-wesson'})-[:SUPPLIES]->(d:Dealer) RETURN d.name AS name",
				Map.of()))
			.containsEntry("name", "Example Border Shop");
		assertThat(data.one("MATCH (n:Entity {id: 'NK-sw'}) RETURN count(n) AS n", Map.of())).containsEntry("n", 0L);
	}

	@Test
	void ftm_entities_of_one_file_stay_apart_and_a_name_two_graph_entities_share_asks_for_the_id() throws IOException {
		var twins = data.run(data.file("twins.ftm.json",
				"{\"id\": \"tw-1\", \"schema\": \"Organization\", \"properties\": {\"name\": [\"Twin Arms LLC\"]}}",
				"{\"id\": \"tw-2\", \"schema\": \"Organization\", \"properties\": {\"name\": [\"Twin Arms, LLC\"]}}"));
		assertThat(twins.created()).isEqualTo(2);

		var third = data.file("third.ftm.json",
				"{\"id\": \"tw-3\", \"schema\": \"Company\", \"properties\": {\"name\": [\"TWIN ARMS LLC\"]}}");

		assertThatThrownBy(() -> data.run(third)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactly(
					"third.ftm.json:1: column id: 'TWIN ARMS LLC' is the name of 2 entities in the graph (tw-1, tw-2); "
							+ "to say which one this is, use its id as this entity's id"));
	}

	@Test
	void an_interval_the_model_cannot_hold_is_refused_with_its_reason() throws IOException {
		var f = data.file("bad.ftm.json",
				"{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Pat Owner\"]}}",
				"{\"id\": \"own-2\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"p1\"], \"asset\": [\"smith-wesson\"]}}",
				"{\"id\": \"link-2\", \"schema\": \"UnknownLink\", \"properties\": {\"subject\": [\"p1\"], \"object\": [\"smith-wesson\"], \"role\": [\"friend\"]}}",
				"{\"id\": \"own-3\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"nowhere\"], \"asset\": [\"smith-wesson\"]}}");

		assertThatThrownBy(() -> data.run(f)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactlyInAnyOrder(
					"bad.ftm.json:2: column properties.asset: SUBSIDIARY_OF does not connect a Manufacturer to a Person "
							+ "(it connects Dealer/Distributor/Importer/Manufacturer/Organization to Dealer/Distributor/Importer/Manufacturer/Organization)",
					"bad.ftm.json:3: column properties.role: an UnknownLink is imported only when its role names a relation of the model (e.g. SUPPLIES); 'friend' does not",
					"bad.ftm.json:4: column properties.owner: 'nowhere' is neither in the file nor in the graph"));
	}

	@Test
	void exporting_the_graph_to_ftm_and_importing_it_back_changes_nothing() throws IOException {
		var before = fingerprint();
		var out = new StringWriter();
		var counts = new FtmExporter(sessions).export(out);
		var path = dir.resolve("graph.ftm.json");
		Files.writeString(path, out.toString(), StandardCharsets.UTF_8);

		var summary = data.run(path);

		assertThat(counts.entities()).isGreaterThan(50);
		assertThat(counts.intervals()).isGreaterThan(50);
		assertThat(out.toString()).contains("\"schema\":\"CourtCaseParty\"", "\"role\":[\"plaintiff\"]",
				"{\"id\":\"smith-wesson\",\"schema\":\"Company\"", "\"sector\":[\"firearms manufacturer\"]",
				"\"schema\":\"Ownership\"");
		assertThat(summary.rejected()).isZero();
		assertThat(summary.created()).isZero();
		assertThat(summary.updated()).isZero();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void the_rest_export_streams_the_same_ftm_lines_as_the_command() throws Exception {
		var command = new StringWriter();
		new FtmExporter(sessions).export(command);

		var started = mvc.perform(get("/api/export/ftm")).andExpect(request().asyncStarted()).andReturn();
		var body = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/x-ndjson"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(body).isEqualTo(command.toString());
		assertThat(body.lines())
			.anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"mx-v-sw-dmass\",\"schema\":\"CourtCase\""));
	}

	/**
	 * Every node's id, labels and name, and every relationship's ends, type and evidence,
	 * but not the Import records.
	 */
	Map<String, Object> fingerprint() {
		return data.one(
				"""
						CALL () { MATCH (n) WHERE NOT n:Import AND NOT n:AuditEvent
						  WITH n ORDER BY n.id
						  RETURN count(n) AS nodes, collect(n.id + ':' + reduce(s = '', l IN labels(n) | s + l) + ':' + coalesce(n.name, '')) AS ids }
						CALL () { MATCH (a)-[r]->(b)
						  WITH a, r, b ORDER BY a.id, type(r), b.id
						  RETURN count(r) AS relationships,
						         collect(a.id + type(r) + b.id + reduce(s = '', x IN coalesce(r.sources, []) | s + x + ';') + coalesce(r.quote, '') + toString(r.validFrom)
						                 + toString(r.validTo) + toString(r.confidence)) AS rels }
						RETURN nodes, relationships, ids, rels
						""",
				Map.of());
	}

}
