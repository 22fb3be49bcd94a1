package org.ironriver.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ExportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jSessions sessions;

	private byte[] download(String path, String format, String... params) throws Exception {
		var request = get(path).param("format", format);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void a_trace_report_in_json_holds_the_cypher_parameters_data_version_hops_and_sources() throws Exception {
		mvc.perform(get("/api/trace").param("from", "spragues-sports")
			.param("country", "MX")
			.param("format", "report-json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("trace"))
			.andExpect(jsonPath("$.query.name").value("trace-to-country"))
			.andExpect(jsonPath("$.query.cypher", containsString("{1,/*maxHops*/4}")))
			.andExpect(jsonPath("$.query.parameters.from").value("spragues-sports"))
			// a receipt keeps null parameters: the query needs every one of them to run
			// again
			.andExpect(jsonPath("$.query.parameters", hasKey("asOf")))
			.andExpect(jsonPath("$.dataVersion.curatedChecksum", matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.generatedAt", not(emptyOrNullString())))
			.andExpect(jsonPath("$.items[0].steps[0].fromId").value("spragues-sports"))
			.andExpect(jsonPath("$.items[*].steps[*].evidence.sources", everyItem(not(empty()))))
			.andExpect(jsonPath("$.sources[*].id", hasItem("src-sre-second-lawsuit")));
	}

	@Test
	void a_trace_report_in_markdown_lists_every_hop_and_numbered_sources() throws Exception {
		var md = new String(download("/api/trace", "report-md", "from", "spragues-sports", "country", "MX"),
				StandardCharsets.UTF_8);
		assertThat(md).startsWith("# Trace from spragues-sports to MX")
			.contains("```cypher", "\"from\" : \"spragues-sports\"", "\"asOf\" : null", "## Sources",
					"-[DEFENDANT_IN]->", "<-[PLAINTIFF_IN]-", "src-sre-second-lawsuit",
					"Data version: curated dataset `");
	}

	@Test
	void the_csv_export_is_a_zip_of_neo4j_admin_import_files() throws Exception {
		var zip = download("/api/trace", "csv", "from", "spragues-sports", "country", "MX", "maxHops", "6");
		var files = new HashMap<String, String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files).containsKeys("nodes-Dealer.csv", "nodes-Source.csv", "relationships.csv", "README.txt");
		assertThat(files.keySet())
			.allMatch(name -> name.matches("nodes-[A-Za-z]+\\.csv|relationships\\.csv|README\\.txt"));
		assertThat(files.get("README.txt")).contains("neo4j-admin database import full --nodes=nodes-",
				" --relationships=relationships.csv --array-delimiter=U+003B --multiline-fields=true <database>");
		var nodes = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(files.get("nodes-Dealer.csv")));
		assertThat(nodes.getHeaderNames()).startsWith("id:ID", ":LABEL", "name").contains("origin", "originVersion");
		assertThat(nodes.getRecords()).anySatisfy(r -> {
			assertThat(r.get("id:ID")).isEqualTo("spragues-sports");
			assertThat(r.get(":LABEL")).isEqualTo("Entity;Dealer");
			assertThat(r.get("origin")).isEqualTo("curated");
		});
		var sources = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(files.get("nodes-Source.csv")));
		assertThat(sources.getHeaderNames()).contains("published:date", "publishedText", "origin");
		assertThat(sources.getRecords()).allSatisfy(r -> assertThat(r.get(":LABEL")).isEqualTo("Entity;Source"));
		var rels = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(files.get("relationships.csv")));
		assertThat(rels.getHeaderNames()).containsExactlyElementsOf(SubgraphExporter.RELATIONSHIP_COLUMNS);
		assertThat(rels.getRecords()).anySatisfy(r -> {
			assertThat(r.get(":START_ID")).isEqualTo("spragues-sports");
			assertThat(r.get(":TYPE")).isEqualTo("DEFENDANT_IN");
			assertThat(r.get("sources:string[]")).contains("src-sre-second-lawsuit");
		});
	}

	@Test
	void the_graphml_export_parses_with_a_dom_parser_and_holds_the_hops() throws Exception {
		var xml = download("/api/paths", "graphml", "from", "spragues-sports", "to", "MX");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
		var nodeIds = new java.util.HashSet<String>();
		var nodes = doc.getElementsByTagNameNS("*", "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			nodeIds.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
		}
		assertThat(nodeIds).contains("spragues-sports", "MX", "gov-mx", "src-sre-second-lawsuit");
		var keys = new java.util.HashMap<String, String>();
		var data = new java.util.ArrayList<String>();
		var keyElements = doc.getElementsByTagNameNS("*", "key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			var key = (org.w3c.dom.Element) keyElements.item(i);
			keys.put(key.getAttribute("id"), key.getAttribute("attr.type"));
		}
		var dataElements = doc.getElementsByTagNameNS("*", "data");
		for (int i = 0; i < dataElements.getLength(); i++) {
			var element = (org.w3c.dom.Element) dataElements.item(i);
			data.add(element.getAttribute("key") + "=" + element.getTextContent());
		}
		assertThat(keys).containsEntry("n_origin", "string").containsEntry("n_originVersion", "string");
		assertThat(data).contains("n_origin=curated", "n_publishedText=2022-10");
		var edges = doc.getElementsByTagNameNS("*", "edge");
		assertThat(edges.getLength()).isGreaterThan(0);
		for (int i = 0; i < edges.getLength(); i++) {
			var edge = (org.w3c.dom.Element) edges.item(i);
			assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
		}
	}

	@Test
	void the_cypher_export_is_valid_cypher_that_the_database_plans() throws Exception {
		var script = new String(download("/api/entities/mx-v-sw-dmass/neighbourhood", "cypher"),
				StandardCharsets.UTF_8);
		var statements = script.lines().filter(l -> !l.isBlank() && !l.startsWith("//")).toList();
		assertThat(statements).anyMatch(s -> s.startsWith("MERGE (n:Entity {id: 'mx-v-sw-dmass'}) SET n:Lawsuit"));
		assertThat(statements).anyMatch(s -> s.contains("MERGE (a)-[r:DEFENDANT_IN]->(b)"));
		assertThat(statements).allMatch(s -> s.endsWith(";"));
		assertThat(statements).anyMatch(s -> s.startsWith("MERGE (n:Entity {id: 'mx-v-sw-dmass'})")
				&& s.contains("`origin`: 'curated'") && s.contains("`originVersion`: '"));
		// EXPLAIN plans each statement without running it: the script is valid Cypher and
		// leaves the graph untouched.
		sessions.read(tx -> {
			for (var statement : statements) {
				tx.run("EXPLAIN " + statement.substring(0, statement.length() - 1)).consume();
			}
			return null;
		});
	}

	@Test
	void the_json_export_of_a_neighbourhood_holds_nodes_relationships_and_sources() throws Exception {
		mvc.perform(get("/api/entities/plcaa/neighbourhood").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", hasItems("plcaa", "ruling-scotus-2025-06-05")))
			.andExpect(jsonPath("$.relationships[*].type", hasItem("APPLIES")))
			.andExpect(jsonPath("$.sources[*].id", hasItem("src-scotus-23-1141-lii")))
			.andExpect(jsonPath("$.nodes[?(@.id == 'plcaa')].origin", contains("curated")))
			.andExpect(jsonPath("$.nodes[?(@.id == 'plcaa')].originVersion", contains(not(emptyOrNullString()))))
			.andExpect(jsonPath("$.sources[*].origin", everyItem(is("curated"))));
	}

	@Test
	void an_unknown_format_is_a_400_problem() throws Exception {
		mvc.perform(get("/api/paths").param("from", "spragues-sports").param("to", "MX").param("format", "pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("graphml")));
	}

	@Test
	void cypher_literals_escape_quotes_backslashes_and_newlines() {
		assertThat(SubgraphExporter.literal("O'Brien \\ \"x\"\nnext")).isEqualTo("'O\\'Brien \\\\ \"x\"\\nnext'");
		assertThat(SubgraphExporter.literal(java.time.LocalDate.of(2025, 6, 5))).isEqualTo("date('2025-06-05')");
		assertThat(SubgraphExporter.literal(java.util.List.of("a", 1L))).isEqualTo("['a', 1]");
	}

}
