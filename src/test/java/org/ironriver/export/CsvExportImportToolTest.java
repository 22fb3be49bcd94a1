package org.ironriver.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.EvidenceView;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Result;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CSV export through its real consumer: the whole graph (the curated one, plus a node
 * whose aliases hold the array delimiters and a relationship whose quote spans lines) is
 * exported, loaded by the {@code neo4j-admin database import full} of the Neo4j on the
 * classpath with exactly the command the export's notes give, and read back. The same
 * awkward values through the GraphML export, whose lists are JSON arrays.
 */
@IntegrationTest
class CsvExportImportToolTest {

	@Autowired
	Neo4jSessions sessions;

	@Test
	void neo4j_admin_import_loads_the_export_with_its_lists_lines_numbers_provenance_and_partial_dates(
			@TempDir Path home) throws Exception {
		var subgraph = wholeGraphAnd(awkwardValues());
		var files = SubgraphExporter.csvFiles(subgraph);
		var dir = Files.createDirectories(home.resolve("export"));
		for (var file : files.entrySet()) {
			Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}

		var command = files.get(SubgraphExporter.IMPORT_NOTES)
			.lines()
			.map(String::strip)
			.filter(l -> l.startsWith("neo4j-admin "))
			.findFirst()
			.orElseThrow();
		var arguments = new ArrayList<String>();
		for (var word : Arrays.asList(command.split(" ")).subList(1, command.split(" ").length)) {
			// the files are named relative to the export's directory; the tool reads
			// them from its working directory, which a test cannot change
			arguments.add(word.startsWith("--nodes=") || word.startsWith("--relationships=")
					? word.replaceFirst("=", "=" + dir + "/") : word.equals("<database>") ? "neo4j" : word);
		}
		// the tool writes its report to the working directory unless told otherwise
		arguments.add("--report-file=" + dir.resolve("import.report"));
		var output = new ByteArrayOutputStream();
		var print = new PrintStream(output, true, StandardCharsets.UTF_8);
		Files.createDirectories(home.resolve("conf"));
		int exit = AdminTool.execute(
				new ExecutionContext(home, home.resolve("conf"), print, print, new DefaultFileSystemAbstraction()),
				arguments.toArray(String[]::new));
		assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();

		var service = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(16))
			.build();
		try {
			var db = service.database("neo4j");
			Function<String, List<Map<String, Object>>> rows = cypher -> db.executeTransactionally(cypher, Map.of(),
					(Result r) -> {
						var all = new ArrayList<Map<String, Object>>();
						r.forEachRemaining(all::add);
						return all;
					});
			assertThat(rows.apply("MATCH (n) RETURN count(n) AS n").get(0).get("n"))
				.isEqualTo((long) subgraph.nodes().size());
			assertThat(rows.apply("MATCH ()-[r]->() RETURN count(r) AS n").get(0).get("n"))
				.isEqualTo((long) subgraph.relationships().size());

			var awkward = rows
				.apply("MATCH (n:Entity:Dealer {id: 'export-awkward-dealer'}) RETURN n.aliases AS a, "
						+ "n.origin AS origin, [(n)-[r:LOCATED_IN]->() | r.quote][0] AS quote, "
						+ "[(n)-[r:LOCATED_IN]->() | r.sources][0] AS sources")
				.get(0);
			assertThat((String[]) awkward.get("a")).containsExactly("Smith; Wesson; and Co", "A | B", "plain");
			assertThat(awkward.get("origin")).isEqualTo("import-export-test");
			assertThat(awkward.get("quote")).isEqualTo("first line\nsecond line, \"quoted\"");
			assertThat((String[]) awkward.get("sources")).containsExactly("src-seed-article");

			var flows = rows.apply("MATCH (f:FlowObservation) WHERE f.value IS NOT NULL RETURN f.value AS v");
			assertThat(flows).isNotEmpty().allSatisfy(f -> assertThat(f.get("v")).isInstanceOf(Double.class));
			assertThat(rows.apply("MATCH (f:FlowObservation {id: 'flow-atf-2022-traced'}) RETURN f.value AS v")
				.get(0)
				.get("v")).isEqualTo(65.5);

			assertThat(
					rows.apply("MATCH (n {id: 'spragues-sports'}) RETURN n.origin AS o, n.originVersion AS v").get(0))
				.containsEntry("o", "curated")
				.hasEntrySatisfying("v", v -> assertThat(v).isNotNull());
			assertThat(rows.apply("MATCH (n) WHERE n.origin IS NULL RETURN count(n) AS n").get(0).get("n"))
				.as("every node says what wrote it")
				.isEqualTo(0L);

			var partial = rows.apply("MATCH (s:Source) WHERE s.publishedText IS NOT NULL "
					+ "RETURN s.published AS d, s.publishedText AS t LIMIT 1");
			assertThat(partial).as("a source published in a month keeps the month").isNotEmpty();
			assertThat(partial.get(0).get("d")).isInstanceOf(LocalDate.class);
			assertThat(((LocalDate) partial.get(0).get("d")).toString()).startsWith((String) partial.get(0).get("t"));
			assertThat(rows.apply("MATCH (n:Entity:Source) RETURN count(n) AS n").get(0).get("n"))
				.isEqualTo(count("MATCH (n:Entity:Source) RETURN count(n) AS n"));
		}
		finally {
			service.shutdown();
		}
	}

	/** Every entity (sources included) and every relationship between them, as views. */
	private Subgraph wholeGraphAnd(Subgraph extra) {
		return sessions.read(tx -> {
			var nodes = new ArrayList<NodeView>();
			tx.run("MATCH (n:Entity) RETURN n ORDER BY n.id")
				.forEachRemaining(r -> nodes.add(GraphViews.node(r.get("n").asNode())));
			var records = tx.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN r, a.id AS fromId, b.id AS toId").list();
			var sources = GraphViews.sources(tx, GraphViews.relationships(records, "r"));
			var relationships = new ArrayList<RelationshipView>(
					records.stream().map(r -> GraphViews.relationship(r, "r", sources)).toList());
			nodes.addAll(extra.nodes());
			relationships.addAll(extra.relationships());
			return Subgraph.of(nodes, relationships);
		});
	}

	/**
	 * GraphML has no list type: a list is a JSON array under a key with {@code attr.list}
	 * (APOC's extension), so an alias holding "; " stays one element.
	 */
	@Test
	void the_graphml_export_writes_lists_as_json_arrays_that_keep_every_element_whole() throws Exception {
		var xml = SubgraphExporter.graphml(wholeGraphAnd(awkwardValues()));
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
		var keys = doc.getElementsByTagNameNS("*", "key");
		var listKeys = new java.util.HashMap<String, String>();
		for (int i = 0; i < keys.getLength(); i++) {
			var key = (org.w3c.dom.Element) keys.item(i);
			if (key.hasAttribute("attr.list")) {
				listKeys.put(key.getAttribute("id"), key.getAttribute("attr.list"));
			}
		}
		assertThat(listKeys).containsEntry("n_aliases", "string")
			.containsEntry("e_sources", "string")
			.containsEntry("n_labels", "string");
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		var data = doc.getElementsByTagNameNS("*", "data");
		List<String> aliases = null;
		int sourceLists = 0;
		for (int i = 0; i < data.getLength(); i++) {
			var element = (org.w3c.dom.Element) data.item(i);
			var owner = (org.w3c.dom.Element) element.getParentNode();
			if (element.getAttribute("key").equals("n_aliases")
					&& owner.getAttribute("id").equals("export-awkward-dealer")) {
				aliases = List.of(json.readValue(element.getTextContent(), String[].class));
			}
			if (element.getAttribute("key").equals("e_sources")) {
				assertThat(json.readValue(element.getTextContent(), String[].class)).isNotEmpty();
				sourceLists++;
			}
		}
		assertThat(aliases).containsExactly("Smith; Wesson; and Co", "A | B", "plain");
		assertThat(sourceLists).isGreaterThan(100);
	}

	/**
	 * A dealer whose aliases contain both the default array delimiter and the next one,
	 * located by a quote of two lines with quotation marks in it.
	 */
	private Subgraph awkwardValues() {
		var source = sessions.read(tx -> GraphViews.sourcesById(tx, List.of("src-seed-article")))
			.get("src-seed-article");
		var properties = new TreeMap<String, Object>();
		properties.put("aliases", List.of("Smith; Wesson; and Co", "A | B", "plain"));
		var dealer = new NodeView("export-awkward-dealer", "Dealer", "Awkward Dealer", List.of("Entity", "Dealer"),
				properties, "import-export-test", "1");
		var evidence = new EvidenceView(List.of(source), "first line\nsecond line, \"quoted\"", "p. 1",
				LocalDate.of(2020, 1, 1), null, null, 0.5, "import-export-test", "2020", null, null);
		return new Subgraph(List.of(dealer),
				List.of(new RelationshipView("LOCATED_IN", "export-awkward-dealer", "arizona", evidence)), List.of());
	}

	private long count(String cypher) {
		return sessions.read(tx -> tx.run(cypher).single().get("n").asLong());
	}

}
