package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

import org.ironriver.IronriverCommand;
import org.ironriver.cli.ExitCodes;
import org.ironriver.ingest.ftm.FtmExporter;
import org.ironriver.ingest.records.Names;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.ExternalDatabase;
import org.ironriver.support.FtmModel;
import org.ironriver.support.ImportFixtures;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
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
		assertThat(summary.skipped()).as("the Address, passed over and counted").isEqualTo(1);
		assertThat(summary.created() + summary.updated() + summary.unchanged() + summary.rejected() + summary.skipped())
			.isEqualTo(summary.read());
		assertThat(summary.skips()).containsEntry("Address", new ImportSummary.Skip(1, "no place in the model"));
		assertThat(summary.line()).contains("skipped 1", "skipped: {Address: 1 \"no place in the model\"}");
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
	void what_the_model_cannot_hold_for_the_actual_types_is_refused_with_its_reason() throws IOException {
		var f = data.file("bad.ftm.json",
				"{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Pat Owner\"], \"birthDate\": [\"next spring\"]}}",
				"{\"id\": \"case-1\", \"schema\": \"CourtCase\", \"properties\": {\"name\": [\"A v. B\"]}}",
				"{\"id\": \"sanction-2\", \"schema\": \"Sanction\", \"properties\": {\"entity\": [\"case-1\"], \"authority\": [\"OFAC\"]}}",
				"{\"id\": \"own-3\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"nowhere\"], \"asset\": [\"smith-wesson\"]}}");

		assertThatThrownBy(() -> data.run(f)).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(
				ex.errors())
			.extracting(RowError::toString)
			.containsExactlyInAnyOrder(
					"bad.ftm.json:1: column properties.birthDate: 'next spring' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
					"bad.ftm.json:3: column properties.entity: IMPOSED_ON does not connect a Sanction to a Lawsuit "
							+ "(it connects Sanction to Country/Dealer/Distributor/Importer/Manufacturer/Organization/Person)",
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
	void an_opensanctions_style_file_imports_whole_and_what_the_model_cannot_hold_is_counted_per_property()
			throws IOException {
		var path = dir.resolve("opensanctions-style.ftm.json");
		Files.copy(Path.of("src/test/resources/ftm/opensanctions-style.ftm.json"), path);

		// without --skip-invalid: nothing in it is refused
		var summary = data.run(path);

		assertThat(summary.read()).isEqualTo(20);
		assertThat(summary.rejected()).isZero();
		assertThat(summary.created()).isEqualTo(18);
		assertThat(summary.skipped()).as("the Address and the sanction on it").isEqualTo(2);
		assertThat(summary.skipsText())
			.isEqualTo("{Address: 1 \"no place in the model\", " + "Company.address: 1 \"no place in the model\", "
					+ "Company.country: 1 \"not an ISO 3166 country code or name\", "
					+ "Company.incorporationDate: 1 \"no place in the model\", "
					+ "CourtCase.category: 1 \"no place in the model\", "
					+ "Ownership.sharesCount: 1 \"no place in the model\", "
					+ "Person.firstName: 1 \"no place in the model\", Person.gender: 1 \"no place in the model\", "
					+ "Person.lastName: 1 \"no place in the model\", Person.sourceUrl: 1 \"no place in the model\", "
					+ "Person.website: 1 \"no place in the model\", "
					+ "Sanction: 1 \"links an Address, which has no place in the model\", "
					+ "Sanction.authorityId: 1 \"no place in the model\"}");

		assertThat(data.one("""
				MATCH (p:Person {id: 'os-person-ramos'})
				RETURN p.birthDate AS birthDate, p.birthDateText AS birthDateText, p.nationality AS nationality,
				       p.country AS country, p.idNumber AS idNumber, p.topics AS topics, p.aliases AS aliases
				""", Map.of())).containsEntry("birthDate", LocalDate.of(1971, 4, 1))
			.containsEntry("birthDateText", "1971-04")
			.containsEntry("nationality", List.of("MX"))
			.containsEntry("country", "MX")
			.containsEntry("idNumber", List.of("RAVH710412HSLMLC09"))
			.containsEntry("topics", List.of("sanction", "crime.traffick"))
			.containsEntry("aliases", List.of("El Ingeniero"));
		assertThat(
				data.one("MATCH (p:Person {id: 'os-person-lucia'}) RETURN p.nationality AS n, p.birthDateText AS born",
						Map.of()))
			.containsEntry("n", List.of("MX", "US"))
			.containsEntry("born", "1980");
		assertThat(data.one("""
				MATCH (c:Importer {id: 'os-company-norte'})
				RETURN c.country AS country, c.registrationNumber AS registration, c.topics AS topics
				""", Map.of())).containsEntry("country", "MX")
			.containsEntry("registration", List.of("ADN150301AB1"))
			.containsEntry("topics", List.of("sanction"));
		assertThat(data.one("MATCH (c:Organization {id: 'os-company-frontera'}) RETURN c.country AS country", Map.of()))
			.containsEntry("country", "US");

		// a person as owner, with the share; free-text roles on every kind of interval
		assertThat(data.one("""
				MATCH (:Importer {id: 'os-company-norte'})-[r:SUBSIDIARY_OF]->(:Person {id: 'os-person-ramos'})
				RETURN r.percentage AS percentage, r.role AS role, r.validFrom AS validFrom, r.validFromText AS text,
				       r.sources AS sources
				""", Map.of())).containsEntry("percentage", "51")
			.containsEntry("role", "Beneficial owner")
			.containsEntry("validFrom", LocalDate.of(2016, 1, 1))
			.containsEntry("text", "2016-01")
			.containsEntry("sources", List.of(Names.sourceId("https://registry.example.mx/adn150301ab1")));
		assertThat(data.one(
				"""
						MATCH (:Importer {id: 'os-company-norte'})-[r:SUBSIDIARY_OF]->(:Organization {id: 'os-company-frontera'})
						RETURN r.percentage AS percentage
						""",
				Map.of()))
			.containsEntry("percentage", "49");
		assertThat(data.one(
				"""
						MATCH (ramos:Person {id: 'os-person-ramos'}), (lucia:Person {id: 'os-person-lucia'}),
						      (frontera {id: 'os-company-frontera'}), (cartel {id: 'os-org-cartel'}), (case:Lawsuit {id: 'os-case-1'})
						RETURN [(ramos)-[r:HOLDS_OFFICE_IN]->(frontera) | r.role][0] AS office,
						       [(ramos)-[r:MEMBER_OF]->(cartel) | r.role][0] AS membership,
						       [(lucia)-[r:COUNSEL_FOR]->(ramos) | r.role][0] AS counsel,
						       [(ramos)-[r:DEFENDANT_IN]->(case) | type(r)][0] AS defendant,
						       [(lucia)-[r:PARTY_IN]->(case) | r.role][0] AS lucia,
						       [(frontera)-[r:PARTY_IN]->(case) | r.role][0] AS witness,
						       [(frontera)-[r:ASSOCIATED_WITH]->(cartel) | r.role][0] AS link,
						       [(ramos)-[r:ASSOCIATED_WITH]->(lucia) | r.role][0] AS associate
						""",
				Map.of()))
			.containsEntry("office", "Managing member")
			.containsEntry("membership", "Leader of the finance cell")
			.containsEntry("counsel", "Defence counsel")
			.containsEntry("defendant", "DEFENDANT_IN")
			.containsEntry("lucia", "Counsel for the defendant")
			.containsEntry("witness", "Witness")
			.containsEntry("link", "Front company")
			.containsEntry("associate", "Business associate");

		// sanctions: nodes of their own, on the sanctioned entity, with dates and source
		assertThat(data.one("""
				MATCH (s:Sanction {id: 'os-sanction-1'})-[r:IMPOSED_ON]->(:Person {id: 'os-person-ramos'})
				RETURN s.authority AS authority, s.program AS program, s.reason AS reason, s.listingDate AS listed,
				       s.country AS country, s.provisions AS provisions, r.validFrom AS validFrom, r.sources AS sources
				""", Map.of())).containsEntry("authority", "Office of Foreign Assets Control")
			.containsEntry("program", "SDNTK")
			.containsEntry("reason", "Materially assisting an international narcotics trafficker")
			.containsEntry("listed", LocalDate.of(2023, 5, 11))
			.containsEntry("country", "US")
			.containsEntry("provisions", "Block")
			.containsEntry("validFrom", LocalDate.of(2023, 5, 11))
			.containsEntry("sources", List.of(Names.sourceId("https://ofac.example.gov/sdn/48213")));
		assertThat(data.one("""
				MATCH (:Sanction {id: 'os-sanction-2'})-[r:IMPOSED_ON]->(:Importer {id: 'os-company-norte'})
				RETURN r.validTo AS validTo, r.validToText AS text
				""", Map.of())).containsEntry("validTo", LocalDate.of(2025, 1, 31)).containsEntry("text", "2025-01");

		// the same file again changes nothing; and what was imported exports as valid FtM
		var again = data.run(path);
		assertThat(again.unchanged()).isEqualTo(18);
		assertThat(again.created() + again.updated()).isZero();
		var out = new StringWriter();
		new FtmExporter(sessions).export(out);
		var lines = out.toString().lines().toList();
		assertThat(FtmModel.load().problems(lines)).isEmpty();
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"os-sanction-1\",\"schema\":\"Sanction\"")
			.contains("\"entity\":[\"os-person-ramos\"]", "\"program\":[\"SDNTK\"]"));
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"schema\":\"Ownership\"",
				"\"owner\":[\"os-person-ramos\"]", "\"percentage\":[\"51\"]", "\"startDate\":[\"2016-01\"]"));
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{\"id\":\"os-company-norte\"")
			.contains("\"country\":[\"mx\"]", "\"topics\":[\"sanction\"]"));
	}

	@Test
	void every_entity_of_the_export_is_valid_followthemoney_by_the_official_model() {
		var model = FtmModel.load();
		assertThat(model.schemaNames()).contains("Person", "Company", "Ownership", "Sanction", "Document");
		var out = new StringWriter();
		new FtmExporter(sessions).export(out);
		var lines = out.toString().lines().toList();

		assertThat(model.problems(lines)).isEmpty();
		assertThat(FtmModel.schemaCounts(lines)).containsKeys("Person", "Company", "CourtCase", "Document",
				"CourtCaseParty", "Ownership");
		// the validator itself: what the import used to write is refused
		assertThat(model.problems(List.of(
				"{\"id\": \"x1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"X\"], \"jurisdiction\": [\"MEXICO\"], \"website\": [\"x.org\"]}}",
				"{\"id\": \"x2\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"x3\"], \"asset\": [\"x1\"], \"startDate\": [\"May 2020\"], \"birthDate\": [\"1970\"]}}",
				"{\"id\": \"x4\", \"schema\": \"Interval\", \"properties\": {}}")))
			.containsExactlyInAnyOrder("line 1 (Company x1): jurisdiction 'MEXICO' is not a country of the model",
					"line 1 (Company x1): website 'x.org' is not an http(s) URL",
					"line 2 (Ownership x2): owner refers to 'x3', which is not in the file",
					"line 2 (Ownership x2): startDate 'May 2020' is not an ISO date or a prefix of one",
					"line 2 (Ownership x2): Ownership has no property birthDate",
					"line 3 (Interval x4): schema Interval is abstract");
	}

	/**
	 * What is compared: every relationship between two exported nodes with every evidence
	 * field and attribute (its sources: those with an http URL, the ones FtM can carry),
	 * and every Source those relationships cite. The same text runs on both databases.
	 */
	private static final String EXPORTED = "(%1$s:Person OR %1$s:Organization OR %1$s:Manufacturer OR %1$s:Distributor "
			+ "OR %1$s:Dealer OR %1$s:Importer OR %1$s:Lawsuit OR %1$s:Sanction)";

	private static final String EVIDENCE = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE %s AND %s
			RETURN a.id + ' ' + type(r) + ' ' + b.id AS key,
			       [id IN coalesce(r.sources, []) WHERE EXISTS { MATCH (s:Source {id: id}) WHERE s.url STARTS WITH 'http' }] AS sources,
			       r.quote AS quote, r.locator AS locator, toString(r.validFrom) AS validFrom, r.validFromText AS validFromText,
			       toString(r.validTo) AS validTo, r.validToText AS validToText, toString(r.assertedOn) AS assertedOn,
			       r.assertedOnText AS assertedOnText, toString(r.confidence) AS confidence, r.role AS role,
			       r.percentage AS percentage
			ORDER BY key
			"""
		.formatted(EXPORTED.formatted("a"), EXPORTED.formatted("b"));

	private static final String SOURCES = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE %s AND %s
			UNWIND r.sources AS id
			WITH DISTINCT id
			MATCH (s:Source {id: id}) WHERE s.url STARTS WITH 'http'
			RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.url AS url, toString(s.published) AS published,
			       s.publishedText AS publishedText, toString(s.retrieved) AS retrieved, s.retrievedText AS retrievedText,
			       s.kind AS kind
			ORDER BY id
			"""
		.formatted(EXPORTED.formatted("a"), EXPORTED.formatted("b"));

	@Test
	@DisabledIfEnvironmentVariable(named = "NEO4J_URI", matches = ".+",
			disabledReason = "the test imports into a database of its own; NEO4J_URI would name another")
	void the_export_read_into_an_empty_graph_gives_back_every_relationship_with_its_evidence_and_every_source(
			@TempDir Path store) throws Exception {
		var out = new StringWriter();
		var counts = new FtmExporter(sessions).export(out);
		var file = dir.resolve("graph.ftm.json");
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
		var expectedEvidence = sessions.read(tx -> tx.run(EVIDENCE).list(r -> r.asMap()));
		var expectedSources = sessions.read(tx -> tx.run(SOURCES).list(r -> r.asMap()));

		try (var database = ExternalDatabase.start(store)) {
			assertThat(IronriverCommand.run("import", "ftm", file.toString())).isEqualTo(ExitCodes.OK);
			var evidence = database.rows(EVIDENCE);
			var sources = database.rows(SOURCES);

			assertThat(counts.intervals()).isEqualTo(expectedEvidence.size());
			assertThat(expectedEvidence).as("the curated graph has evidence of every kind to lose")
				.anySatisfy(r -> assertThat(r.get("quote")).isNotNull())
				.anySatisfy(r -> assertThat(r.get("locator")).isNotNull())
				.anySatisfy(r -> assertThat(r.get("assertedOn")).isNotNull())
				.anySatisfy(r -> assertThat(r.get("validFromText")).isNotNull())
				.anySatisfy(r -> assertThat(r.get("confidence")).isNotEqualTo("0.7"));
			assertThat(evidence).containsExactlyElementsOf(expectedEvidence);
			assertThat(counts.documents()).isEqualTo(expectedSources.size());
			assertThat(sources).containsExactlyElementsOf(expectedSources);
			System.out.printf(
					"FTM ROUND TRIP into an empty graph: %d relationships, every field equal (%d quotes, %d locators, "
							+ "%d assertedOn, %d confidences other than 0.7, %d partial dates); %d sources equal%n",
					evidence.size(), present(evidence, "quote"), present(evidence, "locator"),
					present(evidence, "assertedOn"),
					evidence.stream().filter(r -> !"0.7".equals(r.get("confidence"))).count(),
					evidence.stream()
						.filter(r -> r.get("validFromText") != null || r.get("validToText") != null
								|| r.get("assertedOnText") != null)
						.count(),
					sources.size());
		}
	}

	private static long present(List<Map<String, Object>> rows, String key) {
		return rows.stream().filter(r -> r.get(key) != null).count();
	}

	@Test
	void the_rest_import_answers_what_was_skipped_and_why() throws Exception {
		var body = String.join("\n",
				"{\"id\": \"rest-p\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Rest Person\"], \"website\": [\"https://a.example\", \"https://b.example\"], \"nationality\": [\"Mexico\"]}}",
				"{\"id\": \"rest-v\", \"schema\": \"Vessel\", \"properties\": {\"name\": [\"Rest Vessel\"]}}",
				"{\"id\": \"rest-d\", \"schema\": \"Document\", \"properties\": {\"fileName\": [\"scan.pdf\"]}}")
				+ "\n";

		mvc.perform(multipart("/api/imports/ftm").file(new MockMultipartFile("file", "rest.ftm.json",
				"application/x-ndjson", body.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.read").value(3))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.skipped").value(2))
			.andExpect(jsonPath("$.skips['Person.website'].count").value(2))
			.andExpect(jsonPath("$.skips['Person.website'].reason").value("no place in the model"))
			.andExpect(jsonPath("$.skips.Vessel.count").value(1))
			.andExpect(
					jsonPath("$.skips.Document.reason").value("a Document without an http(s) sourceUrl is no Source"));
		assertThat(data.one("MATCH (p:Person {id: 'rest-p'}) RETURN p.nationality AS n", Map.of())).containsEntry("n",
				List.of("MX"));
		// the recorded import keeps what was passed over, for GET /api/imports
		mvc.perform(get("/api/imports").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].file").value("rest.ftm.json"))
			.andExpect(jsonPath("$[0].skipped").value(2))
			.andExpect(jsonPath("$[0].skips[?(@ == 'Person.website: 2 (no place in the model)')]").exists());
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
