package org.ironriver.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OpenApiDocumentTest {

	private static final Set<String> ROLES = Set.of("reader", "analyst", "editor", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	BuildProperties build;

	private JsonNode document() throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	/** Every operation of the document as [method, path, operation]. */
	private List<Object[]> operations(JsonNode api) {
		var operations = new ArrayList<Object[]>();
		for (var path : api.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				operations.add(new Object[] { operation.getKey(), path.getKey(), operation.getValue() });
			}
		}
		return operations;
	}

	@Test
	void the_openapi_document_describes_every_investigation_endpoint_with_examples() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/paths'].get.summary").value("Paths between two entities"))
			.andExpect(jsonPath("$.paths['/api/paths'].get.parameters[?(@.name == 'from')].example",
					hasItem("spragues-sports")))
			.andExpect(jsonPath(
					"$.paths['/api/paths'].get.responses['200'].content['application/json'].schema.oneOf[0].$ref",
					endsWith("PathsAnswer")))
			.andExpect(jsonPath("$.paths['/api/trace'].get.parameters[?(@.name == 'asOf')].example",
					hasItem("2024-01-01")))
			.andExpect(jsonPath("$.paths['/api/paths/shortest'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/neighbourhood'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/timeline'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/lawsuits'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/cases/{id}/appeal-chain'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/cases/{id}/laws'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/laws/{id}/rulings'].get.parameters[0].example").value("plcaa"))
			.andExpect(jsonPath("$.paths['/api/statistics/flows'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/contradictions'].get.summary", not(emptyOrNullString())));
	}

	@Test
	void the_document_has_a_real_title_and_the_maven_project_version() throws Exception {
		var info = document().get("info");
		assertThat(info.get("title").asString()).isEqualTo("ironriver API");
		assertThat(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.get("version").asString()).isEqualTo(build.getVersion());
		assertThat(info.get("description").asString()).contains("local single-user mode")
			.contains("application/problem+json")
			.contains("declares no licence");
	}

	@Test
	void every_operation_has_one_described_feature_tag() throws Exception {
		var api = document();
		var declared = new HashSet<String>();
		api.get("tags").forEach(t -> {
			assertThat(t.get("description").asString()).as(t.get("name").asString()).isNotBlank();
			declared.add(t.get("name").asString());
		});
		assertThat(declared).contains("Entities", "Search", "Cases", "Paths & tracing", "Statistics", "Queries",
				"Cypher", "Imports");
		for (var op : operations(api)) {
			var tags = ((JsonNode) op[2]).get("tags");
			assertThat(tags).as(op[0] + " " + op[1]).hasSize(1);
			assertThat(declared).as(op[0] + " " + op[1]).contains(tags.get(0).asString());
		}
		assertThat(api.at("/paths/~1api~1trace/get/tags/0").asString()).isEqualTo("Paths & tracing");
		assertThat(api.at("/paths/~1api~1cases~1{id}/get/tags/0").asString()).isEqualTo("Cases");
		assertThat(api.at("/paths/~1api~1cypher/post/tags/0").asString()).isEqualTo("Cypher");
	}

	@Test
	void every_operation_takes_the_three_credentials_and_names_the_role_it_needs() throws Exception {
		var api = document();
		var schemes = api.at("/components/securitySchemes");
		assertThat(schemes.at("/basicAuth/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(schemes.at("/apiKey/type").asString()).isEqualTo("apiKey");
		assertThat(schemes.at("/apiKey/in").asString()).isEqualTo("header");
		assertThat(schemes.at("/apiKey/name").asString()).isEqualTo("X-API-Key");
		assertThat(schemes.at("/bearerAuth/scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.at("/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
		for (var op : operations(api)) {
			var operation = (JsonNode) op[2];
			var names = new HashSet<String>();
			operation.get("security").forEach(requirement -> names.addAll(requirement.propertyNames()));
			assertThat(names).as(op[0] + " " + op[1]).contains("basicAuth", "apiKey", "bearerAuth");
			var role = operation.get("x-required-role").asString();
			assertThat(ROLES).as(op[0] + " " + op[1]).contains(role);
			assertThat(operation.get("description").asString()).as(op[0] + " " + op[1])
				.contains("Role: **" + role + "**");
		}
		assertThat(api.at("/paths/~1api~1search/get/x-required-role").asString()).isEqualTo("reader");
		assertThat(api.at("/paths/~1api~1queries~1{name}/post/x-required-role").asString()).isEqualTo("reader");
		assertThat(api.at("/paths/~1api~1cypher/post/x-required-role").asString()).isEqualTo("analyst");
		assertThat(api.at("/paths/~1api~1imports~1{kind}/post/x-required-role").asString()).isEqualTo("editor");
		assertThat(api.at("/paths/~1api~1imports~1{kind}/post/security/3").propertyNames())
			.containsExactly("editorToken");
	}

	@Test
	void every_error_is_a_problem_detail_and_every_operation_says_which_errors_it_answers() throws Exception {
		var api = document();
		assertThat(api.at("/components/schemas/ProblemDetail/properties").propertyNames()).contains("type", "title",
				"status", "detail", "instance");
		for (var op : operations(api)) {
			var where = op[0] + " " + op[1];
			var operation = (JsonNode) op[2];
			var responses = operation.get("responses");
			for (var response : responses.properties()) {
				if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
					assertThat(response.getValue().get("content").propertyNames()).as(where + " " + response.getKey())
						.containsExactly("application/problem+json");
					assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString())
						.isEqualTo("#/components/schemas/ProblemDetail");
				}
			}
			assertThat(responses.propertyNames()).as(where).contains("401", "403", "421");
			if (((String) op[1]).contains("{id}") || ((String) op[1]).contains("{name}")) {
				assertThat(responses.propertyNames()).as(where).contains("404");
			}
			if (operation.has("parameters") || operation.has("requestBody")) {
				assertThat(responses.propertyNames()).as(where).contains("400");
			}
			if (operation.has("requestBody")) {
				assertThat(responses.propertyNames()).as(where).contains("413");
			}
			boolean libraryListing = "get".equals(op[0]) && ((String) op[1]).startsWith("/api/queries");
			if (!libraryListing) {
				assertThat(responses.propertyNames()).as(where).contains("503");
				assertThat(responses.at("/503/headers").propertyNames()).as(where).contains("Retry-After");
			}
		}
		assertThat(api.at("/paths/~1api~1cypher/post/responses/429/headers").propertyNames()).contains("Retry-After");
		assertThat(api.at("/paths/~1api~1queries~1{name}/post/responses").propertyNames()).contains("429");
		assertThat(api.at("/paths/~1api~1trace/get/responses").propertyNames()).contains("429");
		assertThat(api.at("/paths/~1api~1search/get/responses").propertyNames()).doesNotContain("429");
	}

	@Test
	void answers_have_their_real_media_types_and_never_a_wildcard() throws Exception {
		var text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(text).doesNotContain("*/*");
		var api = document();
		for (var op : operations(api)) {
			for (var response : ((JsonNode) op[2]).get("responses").properties()) {
				if (response.getKey().startsWith("2")) {
					assertThat(response.getValue().get("content")).as(op[0] + " " + op[1]).isNotNull();
					response.getValue()
						.get("content")
						.properties()
						.forEach(media -> assertThat(media.getValue().get("schema"))
							.as(op[0] + " " + op[1] + " " + media.getKey())
							.isNotNull());
				}
			}
		}
		assertThat(api.at("/paths/~1api~1trace/get/responses/200/content").propertyNames()).containsExactlyInAnyOrder(
				"application/json", "text/markdown", "application/zip", "application/graphml+xml", "text/plain");
		assertThat(api.at("/paths/~1api~1cypher/post/responses/200/content").propertyNames())
			.containsExactlyInAnyOrder("application/json", "text/csv");
		assertThat(api.at("/paths/~1api~1cypher/post/responses/200/content/application~1json/schema/$ref").asString())
			.endsWith("CypherResult");
		assertThat(api.at("/paths/~1api~1queries~1{name}/get/responses/200/content").propertyNames())
			.containsExactly("application/json");
		assertThat(api.at("/paths/~1api~1export~1ftm/get/responses/200/content").propertyNames())
			.containsExactly("application/x-ndjson");
		// The Accept header is what the media types say; OpenAPI ignores it as a
		// parameter.
		assertThat(api.at("/paths/~1api~1cypher/post/parameters").findValuesAsString("name")).doesNotContain("Accept");
	}

	/**
	 * The document tells the truth about real answers: for each request, the status it
	 * got is one the operation documents, with the media type (parameters aside) the
	 * document gives for that status.
	 */
	@Test
	void real_answers_have_a_status_and_media_type_the_document_gives() throws Exception {
		var api = document();
		check(api, "get", "/api/trace", get("/api/trace").param("from", "spragues-sports").param("country", "MX"), 200);
		check(api, "get", "/api/trace",
				get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("format", "report-md"),
				200);
		check(api, "get", "/api/trace",
				get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("format", "graphml"),
				200);
		check(api, "get", "/api/trace",
				get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("format", "csv"), 200);
		check(api, "get", "/api/trace",
				get("/api/trace").param("from", "spragues-sports").param("country", "MX").param("format", "cypher"),
				200);
		check(api, "get", "/api/trace", get("/api/trace").param("from", "spragues-sports").param("maxHops", "9"), 400);
		check(api, "get", "/api/trace", get("/api/trace").param("from", "no-such-dealer").param("country", "MX"), 404);
		check(api, "get", "/api/entities/{id}", get("/api/entities/spragues-sports"), 200);
		check(api, "get", "/api/entities/{id}", get("/api/entities/no-such-entity"), 404);
		check(api, "get", "/api/search", get("/api/search").param("q", ""), 400);
		check(api, "post", "/api/cypher",
				post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
					.content("{\"query\": \"MATCH (d:Dealer) RETURN d.id AS id LIMIT 2\"}")
					.accept("text/csv"),
				200);
		check(api, "post", "/api/cypher", post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"MATCH (n) DETACH DELETE n\"}"), 400);
		check(api, "get", "/api/queries/{name}", get("/api/queries/no-such-query"), 404);
		assertThat(api.at("/paths/~1api~1imports~1{kind}/post/responses").propertyNames()).doesNotContain("404");
	}

	private void check(JsonNode api, String method, String path, MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		var where = method + " " + path + " -> " + response.getStatus();
		assertThat(response.getStatus()).as(where).isEqualTo(expected);
		var documented = api.get("paths").get(path).get(method).get("responses").get(Integer.toString(expected));
		assertThat(documented).as(where + " is documented").isNotNull();
		var type = MediaType.parseMediaType(response.getContentType());
		assertThat(documented.get("content").propertyNames()).as(where)
			.contains(type.getType() + "/" + type.getSubtype());
	}

}
