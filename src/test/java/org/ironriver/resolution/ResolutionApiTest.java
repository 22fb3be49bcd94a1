package org.ironriver.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import picocli.CommandLine;

/**
 * Resolution on the real graph: an FFL listing of the curated Sprague's Sports, two
 * people of one name with different birth dates, a d/b/a record and its licensee, written
 * for the test next to the curated graph and removed after it.
 */
@IntegrationTest
class ResolutionApiTest {

	private static final String LISTING = "res-test-listing";

	@Autowired
	MockMvc mvc;

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void writeTheFixture() {
		sessions.transport().write(tx -> {
			var source = tx.run("MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 1").single("id");
			tx.run("""
					CREATE (l:Entity:Dealer {id: $listing, name: 'SPRAGUES SPORTS INC', licenceNumber: '9-86-027-01-8K-09999',
					        licenseName: 'SPRAGUES SPORTS INC', premises: '345 W 32ND ST, YUMA, AZ 85364',
					        premisesStreet: '345 W 32ND ST', premisesZip: '85364', origin: 'test-resolution'})
					WITH l MATCH (y:Entity {id: 'yuma'})
					CREATE (l)-[:LOCATED_IN {sources: [$source], origin: 'test-resolution', confidence: 1.0,
					        validFrom: date('2019-03-01')}]->(y)
					CREATE (:Entity:Person {id: 'res-test-p1', name: 'Walter Q. Testperson', birthDate: '1961-04-02',
					        premises: 'Yuma, AZ', origin: 'test-resolution'})
					CREATE (:Entity:Person {id: 'res-test-p2', name: 'WALTER Q TESTPERSON', birthDate: '1979-11-30',
					        premises: 'Yuma, AZ', origin: 'test-resolution'})
					CREATE (:Entity:Organization {id: 'res-test-company', name: 'Zephyr Holdings, Inc. d/b/a Zephyr Testing Arms',
					        premises: 'Tucson, AZ', origin: 'test-resolution'})
					CREATE (:Entity:Dealer {id: 'res-test-licensee', name: 'ZEPHYR HOLDINGS INC', businessName: 'ZEPHYR TESTING ARMS',
					        licenceNumber: '9-86-019-01-8K-07777', premises: '1 MAIN ST, TUCSON, AZ 85701',
					        origin: 'test-resolution'})
					""",
					Map.of("listing", LISTING, "source", source));
			return null;
		});
	}

	@AfterEach
	void removeTheFixture() {
		sessions.transport().write(tx -> {
			tx.run("MATCH (j:Judgement) WHERE j.left STARTS WITH 'res-test-' OR j.right STARTS WITH 'res-test-' DELETE j");
			tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'res-test-' DETACH DELETE n");
			tx.run("MATCH (n:Entity) WHERE n.clusterId IS NOT NULL REMOVE n.clusterId");
			return null;
		});
	}

	private ResultActions candidates(String... parameters) throws Exception {
		var request = get("/api/resolution/candidates");
		if (!List.of(parameters).contains("limit")) {
			request.param("limit", "500");
		}
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}

	private String judge(String left, String right, String verdict) throws Exception {
		var body = mvc
			.perform(post("/api/resolution/judgements").contentType(MediaType.APPLICATION_JSON)
				.content("{\"left\": \"" + left + "\", \"right\": \"" + right + "\", \"verdict\": \"" + verdict
						+ "\", \"why\": \"test\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verdict").value(verdict))
			.andExpect(jsonPath("$.who").isNotEmpty())
			.andExpect(jsonPath("$.at").isNotEmpty())
			.andExpect(jsonPath("$.why").value("test"))
			.andExpect(jsonPath("$.score").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void candidates_explain_their_score_and_keep_two_people_of_one_name_apart() throws Exception {
		candidates().andExpect(status().isOk())
			.andExpect(jsonPath("$.threshold").value(0.7))
			.andExpect(jsonPath("$.candidates[?(@.right.id == 'spragues-sports')].left.id").value(hasItem(LISTING)))
			.andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-company')].right.id")
				.value(hasItem("res-test-licensee")))
			.andExpect(jsonPath("$.candidates[*].left.id").value(not(hasItem("res-test-p1"))));
		candidates("type", "Person", "threshold", "0").andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-p1')].score").value(hasItem(0.0)))
			.andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-p1')].features[*].feature")
				.value(hasItem("birthDate conflict")));
		candidates("type", "Dealer")
			.andExpect(jsonPath("$.candidates[?(@.left.id == '" + LISTING + "')].features[*].feature")
				.value(hasItems("city")));
	}

	@Test
	void a_same_cluster_answers_as_one_entity_and_undoing_it_restores_both() throws Exception {
		mvc.perform(get("/api/trace").param("from", LISTING).param("country", "MX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths.length()").value(0));

		var id = judge(LISTING, "spragues-sports", "same");

		// Search: one hit for the cluster, its canonical (curated) entity.
		mvc.perform(get("/api/search").param("q", "Sprague Sports"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].entity.id").value(hasItem("spragues-sports")))
			.andExpect(jsonPath("$[*].entity.id").value(not(hasItem(LISTING))));
		// The entity page: the merged id resolves to the canonical entity, with both
		// members' relationships.
		mvc.perform(get("/api/entities/" + LISTING))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"))
			.andExpect(jsonPath("$.members").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.relationships[*].member").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.relationships[?(@.member == '" + LISTING + "')].relationship.from")
				.value(hasItem(LISTING)));
		// Tracing: the listing traces as the dealer it is.
		mvc.perform(get("/api/trace").param("from", LISTING).param("country", "MX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		// Exports carry the cluster on each member: the trace's subgraph download, and
		// the
		// nodes themselves.
		mvc.perform(get("/api/trace").param("from", LISTING).param("country", "MX").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"clusterId\" : \"spragues-sports\"")));
		Object clusters = sessions.transport()
			.read(tx -> tx
				.run("MATCH (n:Entity) WHERE n.id IN ['spragues-sports', $l] RETURN collect(n.clusterId) AS c",
						Map.of("l", LISTING))
				.single("c"));
		assertThat(String.valueOf(clusters)).isEqualTo("[spragues-sports, spragues-sports]");
		// Never suggested again while it stands; the audit trail has it.
		candidates().andExpect(jsonPath("$.candidates[?(@.left.id == '" + LISTING + "')].right.id")
			.value(not(hasItem("spragues-sports"))));
		mvc.perform(get("/api/audit").param("kind", "judgement"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));
		mvc.perform(get("/api/resolution/judgements").param("entity", LISTING))
			.andExpect(jsonPath("$[*].id").value(hasItem(id)))
			.andExpect(jsonPath("$[0].features[*].feature").value(hasItem("city")));

		mvc.perform(delete("/api/resolution/judgements/" + id).param("why", "wrong shop"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retractedAt").isNotEmpty());

		mvc.perform(get("/api/entities/" + LISTING))
			.andExpect(jsonPath("$.entity.id").value(LISTING))
			.andExpect(jsonPath("$.members.length()").value(1))
			.andExpect(jsonPath("$.members[0]").value(LISTING));
		mvc.perform(get("/api/entities/spragues-sports"))
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"))
			.andExpect(jsonPath("$.relationships[*].member").value(not(hasItem(LISTING))));
		mvc.perform(get("/api/search").param("q", "Sprague Sports"))
			.andExpect(jsonPath("$[*].entity.id").value(hasItems("spragues-sports", LISTING)));
		mvc.perform(get("/api/trace").param("from", LISTING).param("country", "MX"))
			.andExpect(jsonPath("$.paths.length()").value(0));
		candidates().andExpect(
				jsonPath("$.candidates[?(@.left.id == '" + LISTING + "')].right.id").value(hasItem("spragues-sports")));
		mvc.perform(get("/api/audit").param("kind", "judgement"))
			.andExpect(
					jsonPath("$.events[?(@.judgement == '" + id + "')].outcome").value(hasItems("judged", "undone")));
		mvc.perform(delete("/api/resolution/judgements/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void neighbourhood_timeline_dossier_and_paths_of_a_merged_id_answer_for_the_cluster_until_undone()
			throws Exception {
		var direct = shortestLength("spragues-sports");
		assertThat(direct).isPositive();
		assertEveryPathStartsAt(LISTING, "/api/paths", "mx-v-diamondback");

		var id = judge(LISTING, "spragues-sports", "same");

		// Neighbourhood: the canonical entity with every member's relationships; Yuma,
		// which both are located in, is one neighbour with each member's relationship.
		mvc.perform(get("/api/entities/" + LISTING + "/neighbourhood").param("limit", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"))
			.andExpect(jsonPath("$.members").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.neighbours[*].relationship.from").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.neighbours[?(@.relationship.type == 'DEFENDANT_IN')].relationship.from")
				.value(hasItem("spragues-sports")))
			.andExpect(jsonPath("$.neighbours[?(@.node.id == 'yuma')].relationship.from")
				.value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.neighbours[*].node.id").value(not(hasItem(LISTING))))
			.andExpect(jsonPath("$.groups[?(@.type == 'LOCATED_IN' && @.direction == 'out')].total").value(hasItem(1)));
		mvc.perform(get("/api/entities/" + LISTING + "/neighbourhood"))
			.andExpect(
					jsonPath("$.neighbours[?(@.node.id == 'yuma')].member").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.memberNodes").doesNotExist());
		// Its subgraph export holds both ends of every relationship: the members too.
		mvc.perform(get("/api/entities/" + LISTING + "/neighbourhood").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id").value(hasItems(LISTING, "spragues-sports", "yuma")))
			.andExpect(jsonPath("$.relationships[?(@.to == 'yuma')].from").value(hasItems(LISTING, "spragues-sports")));
		// Paging goes by neighbour: the two relationships to Yuma are on one page.
		var pages = new java.util.ArrayList<String>();
		String cursor = null;
		do {
			var request = get("/api/entities/" + LISTING + "/neighbourhood").param("limit", "1");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			var body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<String> ids = JsonPath.read(body, "$.neighbours[*].node.id");
			assertThat(ids).containsOnly(ids.get(0));
			if (ids.get(0).equals("yuma")) {
				assertThat(ids).hasSize(2);
			}
			pages.add(ids.get(0));
			// a last page has no cursor (left out of the answer)
			Map<String, Object> answer = JsonPath.read(body, "$");
			cursor = (String) answer.get("nextCursor");
		}
		while (cursor != null);
		assertThat(pages).contains("yuma").doesNotHaveDuplicates();
		// Timeline: every member's events, under the canonical id.
		mvc.perform(get("/api/entities/" + LISTING + "/timeline"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("spragues-sports"))
			.andExpect(jsonPath("$.members").value(hasItems(LISTING, "spragues-sports")))
			.andExpect(jsonPath("$.events[?(@.subjectId == '" + LISTING + "')].event")
				.value(hasItem("LOCATED_IN started")))
			.andExpect(jsonPath("$.events[?(@.subjectId == 'mx-v-diamondback')]").isNotEmpty());
		mvc.perform(get("/api/entities/spragues-sports/timeline"))
			.andExpect(jsonPath("$.events[?(@.subjectId == '" + LISTING + "')].event")
				.value(hasItem("LOCATED_IN started")));
		// Dossier: the canonical entity is the subject, the members are named, the
		// listing's relationship and the dealer's case are in it.
		var md = dossier(LISTING);
		assertThat(md).startsWith("# Sprague's Sports, Inc.\n")
			.contains("Judged the same as: " + LISTING)
			.contains("Party as DEFENDANT\\_IN, docket 4:22-cv-00472-TUC-RM")
			.contains("LOCATED\\_IN started — SPRAGUES SPORTS INC");
		// Paths: from the merged id is from the cluster: they start at either member.
		assertThat(pathStarts(LISTING, "/api/paths", "mx-v-diamondback")).contains("spragues-sports");
		assertThat(shortestLength(LISTING)).isEqualTo(direct);
		mvc.perform(get("/api/paths/shortest").param("from", "plcaa").param("to", LISTING))
			.andExpect(jsonPath("$.paths[*].length").value(everyItem(org.hamcrest.Matchers.is(direct))));

		mvc.perform(delete("/api/resolution/judgements/" + id)).andExpect(status().isOk());

		mvc.perform(get("/api/entities/" + LISTING + "/neighbourhood"))
			.andExpect(jsonPath("$.entity.id").value(LISTING))
			.andExpect(jsonPath("$.members").value(org.hamcrest.Matchers.contains(LISTING)))
			.andExpect(
					jsonPath("$.neighbours[*].relationship.from").value(everyItem(org.hamcrest.Matchers.is(LISTING))));
		mvc.perform(get("/api/entities/spragues-sports/neighbourhood").param("limit", "500"))
			.andExpect(jsonPath("$.entity.id").value("spragues-sports"))
			.andExpect(jsonPath("$.neighbours[*].relationship.from").value(not(hasItem(LISTING))))
			.andExpect(jsonPath("$.neighbours[*].node.id").value(hasItem("yuma")));
		mvc.perform(get("/api/entities/" + LISTING + "/timeline"))
			.andExpect(jsonPath("$.id").value(LISTING))
			.andExpect(jsonPath("$.events[*].subjectId").value(everyItem(org.hamcrest.Matchers.is(LISTING))));
		mvc.perform(get("/api/entities/spragues-sports/timeline"))
			.andExpect(jsonPath("$.events[*].subjectId").value(not(hasItem(LISTING))));
		assertThat(dossier(LISTING)).startsWith("# SPRAGUES SPORTS INC\n").doesNotContain("Judged the same as");
		assertThat(dossier("spragues-sports")).doesNotContain("Judged the same as", "SPRAGUES SPORTS INC");
		assertEveryPathStartsAt(LISTING, "/api/paths", "mx-v-diamondback");
		assertThat(shortestLength(LISTING)).isNotEqualTo(direct);
	}

	private String dossier(String entity) throws Exception {
		return mvc.perform(get("/api/entities/{id}/dossier", entity).param("format", "md"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private List<String> pathStarts(String from, String endpoint, String to) throws Exception {
		var body = mvc.perform(get(endpoint).param("from", from).param("to", to).param("limit", "200"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.paths[*].nodes[0].id");
	}

	private void assertEveryPathStartsAt(String from, String endpoint, String to) throws Exception {
		assertThat(pathStarts(from, endpoint, to)).isNotEmpty().containsOnly(from);
	}

	/** The length of the shortest paths to the PLCAA, 0 when there is none. */
	private int shortestLength(String from) throws Exception {
		var body = mvc.perform(get("/api/paths/shortest").param("from", from).param("to", "plcaa"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> lengths = JsonPath.read(body, "$.paths[*].length");
		if (lengths.isEmpty()) {
			return 0;
		}
		assertThat(lengths).containsOnly(lengths.get(0));
		return lengths.get(0);
	}

	@Test
	void not_same_is_never_suggested_again_until_undone() throws Exception {
		var id = judge("res-test-company", "res-test-licensee", "not-same");

		candidates().andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-company')].right.id")
			.value(not(hasItem("res-test-licensee"))));
		candidates("threshold", "0").andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-company')].right.id")
			.value(not(hasItem("res-test-licensee"))));

		var unsure = judge("res-test-company", "res-test-licensee", "unsure");
		mvc.perform(get("/api/resolution/judgements/" + id)).andExpect(jsonPath("$.retractedAt").isNotEmpty());
		candidates()
			.andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-company')].judgement").value(hasItem("unsure")));

		mvc.perform(delete("/api/resolution/judgements/" + unsure)).andExpect(status().isOk());
		candidates().andExpect(jsonPath("$.candidates[?(@.left.id == 'res-test-company')].right.id")
			.value(hasItem("res-test-licensee")));
	}

	@Test
	void bad_requests_are_400_and_unknown_ids_404_as_problem_details() throws Exception {
		for (var bad : List.of(new String[] { "threshold", "2" }, new String[] { "threshold", "-0.1" },
				new String[] { "type", "Lawsuit" }, new String[] { "limit", "0" }, new String[] { "limit", "501" },
				new String[] { "offset", "-1" }, new String[] { "threshold", "high" })) {
			candidates(bad).andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"));
		}
		for (var body : List.of("{\"left\": \"res-test-p1\", \"right\": \"res-test-p2\", \"verdict\": \"maybe\"}",
				"{\"left\": \"res-test-p1\", \"right\": \"res-test-p1\", \"verdict\": \"same\"}",
				"{\"left\": \"res-test-p1\", \"verdict\": \"same\"}",
				"{\"left\": \"res-test-p1\", \"right\": \"yuma\", \"verdict\": \"same\"}",
				"{\"left\": \"bad id!\", \"right\": \"res-test-p2\", \"verdict\": \"same\"}", "")) {
			mvc.perform(post("/api/resolution/judgements").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"));
		}
		mvc.perform(post("/api/resolution/judgements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"left\": \"res-test-p1\", \"right\": \"res-test-nobody\", \"verdict\": \"same\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("res-test-nobody")));
		mvc.perform(delete("/api/resolution/judgements/judgement-unknown")).andExpect(status().isNotFound());
		mvc.perform(get("/api/resolution/judgements").param("entity", "res-test-nobody"))
			.andExpect(status().isNotFound());
	}

	@Test
	void not_same_inside_one_cluster_is_refused() throws Exception {
		judge("res-test-company", "res-test-licensee", "same");
		judge("res-test-licensee", LISTING, "same");

		mvc.perform(post("/api/resolution/judgements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"left\": \"res-test-company\", \"right\": \"res-test-listing\", \"verdict\": \"not-same\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("one cluster")));
		// Three members, one canonical: the smallest id, none of them curated.
		mvc.perform(get("/api/entities/res-test-listing"))
			.andExpect(jsonPath("$.entity.id").value("res-test-company"))
			.andExpect(jsonPath("$.members.length()").value(3))
			.andExpect(jsonPath("$.members").value(hasItems("res-test-company", "res-test-licensee", LISTING)));
	}

	@Test
	void the_command_line_lists_judges_and_undoes() {
		var out = new StringWriter();
		var err = new StringWriter();

		int candidates = run(new ResolveCommand.Candidates(context), out, err, "--type", "Dealer", "--limit", "500");
		assertThat(candidates).isZero();
		assertThat(out.toString()).contains(LISTING, "spragues-sports", "city +0.2");

		out.getBuffer().setLength(0);
		int judged = run(new ResolveCommand.Judge(context), out, err, LISTING, "spragues-sports", "--verdict", "same",
				"--why", "same licence premises", "--format", "json");
		assertThat(judged).isZero();
		String id = JsonPath.read(out.toString(), "$.id");
		assertThat((String) JsonPath.read(out.toString(), "$.who")).endsWith("(cli)");

		out.getBuffer().setLength(0);
		assertThat(run(new ResolveCommand.Judgements(context), out, err, "--entity", LISTING)).isZero();
		assertThat(out.toString()).contains(id, "same");

		out.getBuffer().setLength(0);
		assertThat(run(new ResolveCommand.Undo(context), out, err, id)).isZero();
		assertThat(run(new ResolveCommand.Undo(context), out, err, id)).isEqualTo(2);
		assertThat(err.toString()).contains("undone already");
		assertThat(run(new ResolveCommand.Candidates(context), out, err, "--threshold", "3")).isEqualTo(2);
	}

	private static int run(Object command, StringWriter out, StringWriter err, String... args) {
		var line = new CommandLine(command);
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(err, true));
		return line.execute(args);
	}

}
