package org.ironriver.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

/**
 * The loader on small datasets of its own (kept apart from the curated graph by their
 * origin): a changed file updates the graph, an unchanged one is not touched, and invalid
 * files are rejected whole with file, line and reason.
 */
@IntegrationTest
class CuratedGraphLoaderTest {

	private static final String ORIGIN = "loader-test";

	private static final String SOURCES = """
			id,kind,title,publisher,url,published,retrieved
			test-src-a,court-record,Docket A,Court,https://example.org/a,2021-08-04,2026-11-25
			test-src-b,press,Article B,Press,https://example.org/b,2022-10,
			""";

	private static final String ENTITIES = """
			{"id": "test-dealer", "type": "Dealer", "name": "Test Guns LLC", "aliases": ["TG"]}
			{"id": "test-city", "type": "Place", "name": "Testville", "placeKind": "us-city"}
			{"id": "test-suit", "type": "Lawsuit", "name": "A v. B", "filed": "2022-10-10"}
			""";

	private static final String RELATIONSHIPS = """
			from,type,to,sources,quote,locator,valid_from,valid_to,asserted_on,confidence
			test-dealer,LOCATED_IN,test-city,test-src-a,"sells guns in ""Testville""\",p. 3,2020,,2021-08-04,0.9
			test-dealer,DEFENDANT_IN,test-suit,test-src-a;test-src-b,,Doc. 1,2022-10-10,,2022-10-10,1.0
			""";

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	ResourceLoader resources;

	@TempDir
	Path dir;

	@AfterEach
	void removeTestData() {
		sessions.write(
				tx -> tx
					.run("MATCH (n) WHERE n.origin = $origin OR (n:Dataset AND n.id = $origin) DETACH DELETE n",
							Map.of("origin", ORIGIN))
					.consume());
	}

	private CuratedGraphLoader loader(String sources, String entities, String relationships) throws IOException {
		Files.writeString(dir.resolve("sources.csv"), sources);
		Files.writeString(dir.resolve("entities.jsonl"), entities);
		Files.writeString(dir.resolve("relationships.csv"), relationships);
		return new CuratedGraphLoader(sessions, resources, dir.toUri().toString(), ORIGIN);
	}

	private List<String> relationshipsOfTestDealer() {
		return sessions.read(tx -> tx
			.run("""
					MATCH (:Dealer {id: 'test-dealer'})-[r]->(other)
					RETURN type(r) + '>' + other.id + ' ' + r.sources[0] + ' ' + coalesce(r.quote, '') AS line ORDER BY line""")
			.list(r -> r.get("line").asString()));
	}

	@Test
	void loads_a_dataset_with_evidence_and_normalised_dates() throws Exception {
		assertThat(loader(SOURCES, ENTITIES, RELATIONSHIPS).load()).isTrue();
		assertThat(relationshipsOfTestDealer()).containsExactly("DEFENDANT_IN>test-suit test-src-a ",
				"LOCATED_IN>test-city test-src-a sells guns in \"Testville\"");
		var located = sessions.read(tx -> tx.run("""
				MATCH (:Dealer {id: 'test-dealer'})-[r:LOCATED_IN]->() RETURN r""").single().get("r").asRelationship());
		assertThat(located.get("validFrom").asLocalDate()).hasToString("2020-01-01");
		assertThat(located.get("locator").asString()).isEqualTo("p. 3");
		assertThat(located.get("confidence").asDouble()).isEqualTo(0.9);
		var published = sessions
			.read(tx -> tx.run("MATCH (s:Source {id: 'test-src-b'}) RETURN s.published AS d, s.publishedText AS t")
				.single());
		assertThat(published.get("d").asLocalDate()).hasToString("2022-10-01");
		assertThat(published.get("t").asString()).isEqualTo("2022-10");
	}

	@Test
	void a_changed_file_updates_the_graph_and_removes_what_is_gone() throws Exception {
		loader(SOURCES, ENTITIES, RELATIONSHIPS).load();
		var changedEntities = ENTITIES.replace("Test Guns LLC", "Test Guns & Ammo LLC");
		var changedRelationships = """
				from,type,to,sources,quote,locator,valid_from,valid_to,asserted_on,confidence
				test-dealer,DEFENDANT_IN,test-suit,test-src-b,alleged,Doc. 2,2022-10-10,,2022-10-10,0.7
				""";
		var changed = loader(SOURCES, changedEntities.replace(
				"{\"id\": \"test-city\", \"type\": \"Place\", \"name\": \"Testville\", \"placeKind\": \"us-city\"}\n",
				""), changedRelationships);
		assertThat(changed.load()).isTrue();
		assertThat(relationshipsOfTestDealer()).containsExactly("DEFENDANT_IN>test-suit test-src-b alleged");
		var names = sessions
			.read(tx -> tx
				.run("MATCH (n:Entity) WHERE n.origin = $origin AND NOT n:Source RETURN n.name AS name ORDER BY name",
						Map.of("origin", ORIGIN))
				.list(r -> r.get("name").asString()));
		assertThat(names).containsExactly("A v. B", "Test Guns & Ammo LLC");
		assertThat(changed.load()).as("loading the same files again").isFalse();
	}

	@Test
	void rejects_invalid_files_whole_naming_file_line_and_reason() throws Exception {
		var before = counts();
		var entities = ENTITIES + """
				{"id": "test-ship", "type": "Spaceship", "name": "Nostromo"}
				{"id": "test-dealer", "type": "Dealer", "name": "Twice"}
				not json
				{"id": "test-state", "type": "Place", "name": "Teststate", "placeKind": "us-state"}
				""";
		var relationships = RELATIONSHIPS + """
				test-dealer,LOCATED_IN,test-suit,test-src-a,,,,,,1.0
				test-dealer,CITES,test-city,test-src-a,,,,,,1.0
				test-dealer,DEFENDANT_IN,test-city,,,,,,,1.0
				test-city,LOCATED_IN,nowhere,test-src-missing,,,,,,1.0
				test-city,LOCATED_IN,test-state,test-src-a,,,1899-12-31,,,1.0
				test-state,LOCATED_IN,test-city,test-src-a,,,,,2999-01-01,1.5
				test-dealer,'}) DETACH DELETE n //,test-city,test-src-a,,,,,,1.0
				""";
		var loader = loader(SOURCES, entities, relationships);
		assertThatThrownBy(loader::load)
			.isInstanceOfSatisfying(CuratedDataException.class, ex -> assertThat(ex.errors()).contains(
					"entities.jsonl:4: type 'Spaceship' is not one of the model's entity types",
					"entities.jsonl: id test-dealer is used twice",
					"relationships.csv:4: LOCATED_IN does not connect a Dealer to a Lawsuit (it connects "
							+ "Court/Dealer/Distributor/Importer/Manufacturer/Organization/Person/Place to Country/Place)",
					"relationships.csv:5: CITES does not connect a Dealer to a Place (it connects Claim/Lawsuit/Ruling to Law)",
					"relationships.csv:7: 'nowhere' is not a known entity or source",
					"relationships.csv:10: relationship type ''}) DETACH DELETE n //' is not in the model")
				.anySatisfy(e -> assertThat(e).startsWith("entities.jsonl:6: not valid JSON"))
				.anySatisfy(
						e -> assertThat(e).startsWith("relationships.csv:6:").contains("DEFENDANT_IN does not connect"))
				.anySatisfy(e -> assertThat(e).isEqualTo("relationships.csv:8: '1899-12-31' is before 1900"))
				.anySatisfy(
						e -> assertThat(e).isEqualTo("relationships.csv:9: asserted_on 2999-01-01 is in the future")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void a_source_kind_off_the_list_is_refused_with_its_line() throws Exception {
		var sources = SOURCES.replace("test-src-b,press,", "test-src-b,article,");
		assertThatThrownBy(loader(sources, ENTITIES, RELATIONSHIPS)::load).isInstanceOfSatisfying(
				CuratedDataException.class,
				ex -> assertThat(ex.errors()).containsExactly(
						"sources.csv:3: kind 'article' is not one of court-record, opinion, statute, government, "
								+ "intergovernmental, academic, press, dataset, ngo, reference, blog, unknown"));
	}

	@Test
	void a_relationship_without_a_confidence_gets_its_strongest_source_kinds_default() throws Exception {
		var relationships = RELATIONSHIPS.replace("2022-10-10,,2022-10-10,1.0", "2022-10-10,,2022-10-10,")
			.replace("test-src-a,\"sells", "test-src-b,\"sells")
			.replace("p. 3,2020,,2021-08-04,0.9", "p. 3,2020,,2021-08-04,");
		assertThat(loader(SOURCES, ENTITIES, relationships).load()).isTrue();
		var confidences = sessions.read(tx -> tx.run("""
				MATCH (:Dealer {id: 'test-dealer'})-[r]->(b) RETURN type(r) AS type, r.confidence AS confidence""")
			.list(r -> r.get("type").asString() + " " + r.get("confidence").asDouble()));
		// press alone is 0.7; a court record beside the press report makes it 1.0
		assertThat(confidences).containsExactlyInAnyOrder("LOCATED_IN 0.7", "DEFENDANT_IN 1.0");
	}

	@Test
	void a_relationship_without_a_source_cannot_be_loaded() throws Exception {
		var before = counts();
		var relationships = RELATIONSHIPS.replace("test-src-a;test-src-b", " ");
		var loader = loader(SOURCES, ENTITIES, relationships);
		assertThatThrownBy(loader::load).isInstanceOfSatisfying(CuratedDataException.class,
				ex -> assertThat(ex.errors())
					.containsExactly("relationships.csv:3: a relationship needs at least one source"));
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return sessions
			.read(tx -> tx.run("MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n, COUNT { ()-[]->() } AS r")
				.single())
			.values()
			.stream()
			.map(Value::asLong)
			.toList();
	}

}
