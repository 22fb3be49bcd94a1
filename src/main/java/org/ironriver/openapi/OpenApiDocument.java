package org.ironriver.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ironriver.queries.CypherResult;
import org.ironriver.export.ExportFormat;
import org.ironriver.export.Report;
import org.ironriver.export.Subgraph;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document at {@code /v3/api-docs}, made to tell the truth in one place
 * rather than by annotations copied onto every method: who may call each operation
 * (security schemes and the role it needs), every error it can answer as an RFC 9457
 * problem detail, the media types its answers really have (the {@code format=} downloads
 * included), and one tag per feature. The controllers keep what only they know:
 * summaries, descriptions, examples. {@code OpenApiLintTest} lints the result with two
 * OpenAPI linters.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String PROBLEM_SCHEMA = "ProblemDetail";

	/**
	 * The extension that names the role an operation needs, for tools (and for the test
	 * that walks every role).
	 */
	static final String REQUIRED_ROLE = "x-required-role";

	static final List<String> SCHEMES = List.of("basicAuth", "apiKey", "bearerAuth");

	/**
	 * The legacy shared secret of editors ({@code IRONRIVER_EDITOR_TOKEN}), accepted on
	 * uploads only.
	 */
	static final String EDITOR_TOKEN = "editorToken";

	private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

	/**
	 * One tag per feature, in the order a reader meets them; an operation takes the first
	 * whose paths match.
	 */
	enum Feature {

		ENTITIES("Entities",
				"Actors, laws, cases, rulings and sources by business id, with their relationships, "
						+ "neighbourhood and timeline, every relationship with its evidence",
				"/api/entities/{id}", "/api/entities/{id}/neighbourhood", "/api/entities/{id}/timeline",
				"/api/entities/{id}/dossier"),
		SEARCH("Search", "Full-text search over names, aliases, docket numbers, citations and licence numbers",
				"/api/search"),
		CASES("Cases",
				"Lawsuits: parties with roles, courts, rulings in order, appeal chains, and the laws they " + "turn on",
				"/api/cases/**", "/api/laws/**", "/api/entities/{id}/lawsuits"),
		PATHS("Paths & tracing",
				"Paths between entities and dealer-to-country traces, every hop with its evidence; "
						+ "receipts and subgraph downloads with format=",
				"/api/paths/**", "/api/trace"),
		STATISTICS("Statistics", "Trafficking flow observations with their source and caveat", "/api/statistics/**"),
		CONTRADICTIONS("Contradictions", "Where sources disagree: pairs of contradicting claims, each with its source",
				"/api/contradictions"),
		QUERIES("Queries", "The analyst query library: named, parameterized read queries with expected results",
				"/api/queries/**"),
		CYPHER("Cypher",
				"Your own read-only Cypher, planned and refused when it could write, with a timeout and a " + "row cap",
				"/api/cypher"),
		IMPORTS("Imports",
				"Bulk upload of FFL listings, trace statistics, facts and FollowTheMoney files, and the "
						+ "record of every import",
				"/api/imports/**"),
		RESOLUTION("Resolution",
				"Entity resolution: candidate duplicates with the features of their scores, and reviewers' "
						+ "judgements (same, not same, unsure) that join entities into one or keep them apart",
				"/api/resolution/**"),
		EXPORTS("Exports", "The graph as FollowTheMoney entities", "/api/export/**"),
		AUDIT("Audit", "Who wrote what, when, from where; and who ran which analyst query", "/api/audit/**");

		final String tag;

		final String description;

		final List<String> paths;

		Feature(String tag, String description, String... paths) {
			this.tag = tag;
			this.description = description;
			this.paths = List.of(paths);
		}

		boolean matches(String path) {
			return paths.stream().anyMatch(p -> OpenApiDocument.matches(p, path));
		}

		static Feature of(String path) {
			for (var feature : values()) {
				if (feature.matches(path)) {
					return feature;
				}
			}
			return null;
		}

	}

	/**
	 * The role each operation needs. The security configuration is the authority
	 * ({@code EndpointRoles} there); this mirrors its rules for the document: reads and
	 * the query library are for readers, ad-hoc Cypher for analysts, imports and any
	 * other write for editors, the audit trail for admins.
	 */
	static String requiredRole(PathItem.HttpMethod method, String path) {
		if (matches("/api/audit/**", path)) {
			return "admin";
		}
		if (matches("/api/queries/**", path)) {
			return "reader";
		}
		if (method == PathItem.HttpMethod.POST && matches("/api/cypher", path)) {
			return "analyst";
		}
		if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) {
			return "reader";
		}
		return "editor";
	}

	/**
	 * The endpoints rate-limited per caller (IRONRIVER_RATE_LIMIT_PER_MINUTE): those that
	 * make the database work hardest, ad-hoc Cypher, the query library, paths and
	 * tracing; mirrors the limits configuration's paths.
	 */
	static boolean rateLimited(PathItem.HttpMethod method, String path) {
		return Stream.of("/api/cypher/**", "/api/queries/**", "/api/paths/**", "/api/trace/**")
			.anyMatch(pattern -> matches(pattern, path));
	}

	/**
	 * Everything under /api reads or writes the graph, except the query library's own
	 * listing (read from files).
	 */
	static boolean databaseBacked(PathItem.HttpMethod method, String path) {
		return path.startsWith("/api/") && !(method == PathItem.HttpMethod.GET && matches("/api/queries/**", path));
	}

	/**
	 * Answers that are not one JSON shape: what {@code format=} (or {@code Accept}) turns
	 * them into.
	 */
	enum Answers {

		/**
		 * {@link ExportFormat}: receipts and subgraph downloads beside the JSON answer.
		 */
		EXPORTS("GET /api/paths", "GET /api/paths/shortest", "GET /api/trace", "GET /api/entities/{id}/neighbourhood"),
		/** {@code ResultFormats}: a Cypher result as JSON or CSV. */
		TABULAR("POST /api/cypher", "POST /api/queries/{name}"),
		/** FollowTheMoney entities, one JSON object a line. */
		NDJSON("GET /api/export/ftm");

		/** "METHOD path", as in the document. */
		final List<String> operations;

		Answers(String... operations) {
			this.operations = List.of(operations);
		}

		static Answers of(PathItem.HttpMethod method, String path) {
			for (var answers : values()) {
				if (answers.operations.contains(method + " " + path)) {
					return answers;
				}
			}
			return null;
		}

	}

	private static boolean matches(String pattern, String path) {
		return PATTERNS.parse(pattern).matches(org.springframework.http.server.PathContainer.parsePath(path));
	}

	@Bean
	OpenAPI ironriverOpenApi(ObjectProvider<BuildProperties> build) {
		var components = new Components()
			.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description("A user configured on the server, with its password (HTTP Basic; over TLS in a team)."))
			.addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-API-Key")
						.description("An API key configured on the server, in the X-API-Key header."))
			.addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("An access token (JWT) from the organization's OpenID Connect provider; its roles claim "
						+ "gives the role."))
			.addSecuritySchemes(EDITOR_TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("The editors' shared secret IRONRIVER_EDITOR_TOKEN as a bearer token, accepted on "
								+ "uploads only (the single-secret setup that predates users and roles)."))
			.addSchemas(PROBLEM_SCHEMA, problemSchema());
		return new OpenAPI().info(new Info().title("ironriver API")
			.version(version(build.getIfAvailable()))
			.summary("The knowledge graph of the flow of U.S. firearms to Mexico and the Caribbean, with evidence on "
					+ "every fact")
			.description(DESCRIPTION)).components(components);
	}

	/**
	 * The Maven project's version, from the build-info the build writes
	 * (spring-boot-maven-plugin build-info).
	 */
	static String version(BuildProperties build) {
		if (build != null && StringUtils.hasText(build.getVersion())) {
			return build.getVersion();
		}
		// Run from classes the build did not write (an IDE that skipped
		// generate-resources): say so, do not guess.
		var manifest = OpenApiDocument.class.getPackage().getImplementationVersion();
		return manifest != null ? manifest : "unknown (no build-info)";
	}

	private static final String DESCRIPTION = """
			The REST API of ironriver: actors, flows and legal actions of the iron river, every relationship with \
			its evidence (source, quote, locator, validity, confidence).

			**Who may call what.** Each operation names the role it needs (in its description and as \
			`x-required-role`): **reader** (every read and the query library) < **analyst** (+ ad-hoc Cypher) < \
			**editor** (+ imports and any other write) < **admin** (+ the audit trail). Credentials: HTTP Basic for \
			configured users (`basicAuth`), an API key in `X-API-Key` (`apiKey`), or a bearer JWT from an OpenID \
			Connect provider (`bearerAuth`). **In local single-user mode** (no users configured and HTTP bound to \
			loopback, the default) no credentials are needed: every request has every role.

			**Errors** are RFC 9457 problem details (`application/problem+json`, schema `ProblemDetail`): 400 with \
			the reason, 401 without valid credentials, 403 without the role or from a foreign origin, 404 for an \
			unknown id, 413 for a body over its limit, 421 for a Host the server does not answer for, 429 with \
			`Retry-After` when the caller's rate limit for queries, paths and traces is spent, 503 with `Retry-After` while the database cannot answer.

			**Licence.** The repository declares no licence yet; none is claimed here.""";

	private static Schema<?> problemSchema() {
		return object()
			.description("An RFC 9457 problem detail. Extension members add what an error needs (an "
					+ "import's 'errors' list of file, line, column and reason; 'errorCount').")
			.addProperty("type",
					string().format("uri-reference")
						.description("a URI naming the kind of problem")
						._default("about:blank"))
			.addProperty("title",
					string().description("short, human-readable summary of the kind of problem")
						.example("Invalid request"))
			.addProperty("status",
					typed("integer").format("int32")
						.minimum(java.math.BigDecimal.valueOf(400))
						.maximum(java.math.BigDecimal.valueOf(599))
						.description("the HTTP status code")
						.example(400))
			.addProperty("detail",
					string().description("what went wrong with this request, and why")
						.example("maxHops must be between 1 and 6"))
			.addProperty("instance", string().format("uri-reference").description("the request path"))
			.additionalProperties(true);
	}

	@Bean
	OpenApiCustomizer ironriverContract() {
		return this::customize;
	}

	/**
	 * Stable, readable operation ids from the controller's feature and the method
	 * ({@code queryRun}, {@code cypherRun}) instead of springdoc's method names with a
	 * counter ({@code run}, {@code run_1}).
	 */
	@Bean
	OperationCustomizer ironriverOperationIds() {
		return (operation, handler) -> {
			var feature = StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replace("Controller", ""));
			var method = handler.getMethod().getName();
			String id;
			if (method.toLowerCase(Locale.ROOT).startsWith(feature.toLowerCase(Locale.ROOT))) {
				id = method; // EntityController.entity: entity
			}
			else if (feature.endsWith(StringUtils.capitalize(method))) {
				id = feature; // FtmExportController.export: ftmExport
			}
			else {
				id = feature + StringUtils.capitalize(method); // QueryController.run:
																// queryRun
			}
			operation.setOperationId(id);
			return operation;
		};
	}

	void customize(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
		var used = new LinkedHashSet<Feature>();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				var feature = Feature.of(path);
				if (feature != null) {
					operation.setTags(new ArrayList<>(List.of(feature.tag)));
					used.add(feature);
				}
				describe(api, method, path, operation);
			}));
		}
		var tags = new ArrayList<Tag>();
		for (var feature : Feature.values()) {
			if (used.contains(feature)) {
				tags.add(new Tag().name(feature.tag).description(feature.description));
			}
		}
		api.setTags(tags);
		removeUnreferencedSchemas(api);
	}

	/**
	 * Schemas springdoc made for answers this class has since described better (a
	 * streaming body's {@code StreamingResponseBody}) are dropped: a component nothing
	 * refers to documents nothing.
	 */
	private static void removeUnreferencedSchemas(OpenAPI api) {
		var schemas = api.getComponents().getSchemas();
		if (schemas == null) {
			return;
		}
		var components = api.getComponents();
		api.setComponents(null);
		var referenced = new LinkedHashSet<String>(references(json(api)));
		api.setComponents(components);
		// Schemas reach further schemas: follow the references to a fixed point.
		var pending = new ArrayList<>(referenced);
		while (!pending.isEmpty()) {
			var schema = schemas.get(pending.remove(pending.size() - 1));
			if (schema != null) {
				for (var name : references(json(schema))) {
					if (referenced.add(name)) {
						pending.add(name);
					}
				}
			}
		}
		schemas.keySet().retainAll(referenced);
	}

	private static String json(Object value) {
		try {
			return Json31.mapper().writeValueAsString(value);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("cannot write the OpenAPI document", ex);
		}
	}

	private static List<String> references(String json) {
		var names = new ArrayList<String>();
		var matcher = SCHEMA_REFERENCE.matcher(json);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static final java.util.regex.Pattern SCHEMA_REFERENCE = java.util.regex.Pattern
		.compile("#/components/schemas/([^\"/]+)\"");

	private void describe(OpenAPI api, PathItem.HttpMethod method, String path, Operation operation) {
		// OpenAPI ignores header parameters named Accept, Content-Type or Authorization:
		// the media types and the
		// security schemes say those.
		if (operation.getParameters() != null) {
			operation.getParameters()
				.removeIf(p -> "header".equals(p.getIn()) && Set.of("accept", "content-type", "authorization")
					.contains(p.getName().toLowerCase(Locale.ROOT)));
			if (operation.getParameters().isEmpty()) {
				operation.setParameters(null);
			}
		}
		var role = requiredRole(method, path);
		operation.addExtension(REQUIRED_ROLE, role);
		var note = "Role: **" + role + "** (none needed in local single-user mode).";
		operation.setDescription(StringUtils.hasText(operation.getDescription())
				? operation.getDescription().strip() + "\n\n" + note : note);
		var security = new ArrayList<SecurityRequirement>();
		SCHEMES.forEach(s -> security.add(new SecurityRequirement().addList(s)));
		if ("editor".equals(role) && matches("/api/imports/**", path)) {
			security.add(new SecurityRequirement().addList(EDITOR_TOKEN));
		}
		operation.setSecurity(security);

		var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		answers(api, method, path, responses);
		boolean takesInput = operation.getParameters() != null || operation.getRequestBody() != null;
		if (takesInput) {
			error(responses, "400", "Invalid request: a parameter or the body is malformed or out of range; the "
					+ "detail says which and why");
		}
		error(responses, "401", "No credentials, or credentials that are not valid (never in local single-user mode)");
		error(responses, "403", "The credentials do not carry the " + role + " role, or a write came from another "
				+ "site's page (foreign Origin)");
		error(responses, "421",
				"The Host header names a host this server does not answer for (IRONRIVER_ALLOWED_HOSTS; "
						+ "closes DNS rebinding)");
		// An id or a name in the path names something that may not exist; {kind} and the
		// like are checked values (400).
		for (var variable : List.of("id", "name")) {
			if (path.contains("{" + variable + "}")) {
				error(responses, "404", "No entity, case, law or query has this " + variable);
			}
		}
		// A judgement names its entities in the body or the query (left, right, entity).
		if (matches("/api/resolution/judgements", path)) {
			error(responses, "404", "No entity (or judgement) has the id given");
		}
		if (operation.getRequestBody() != null) {
			error(responses, "413", "The body or upload is larger than the server's limit");
		}
		if (rateLimited(method, path)) {
			error(responses, "429", "This caller's rate limit for the query, path and trace endpoints is spent; "
					+ "retry after Retry-After seconds")
				.addHeaderObject(HttpHeaders.RETRY_AFTER, retryAfter());
		}
		if (databaseBacked(method, path)) {
			error(responses, "503",
					"The graph database cannot answer right now (unreachable, or every connection "
							+ "busy); retry after Retry-After seconds")
				.addHeaderObject(HttpHeaders.RETRY_AFTER, retryAfter());
		}
		// Errors a controller declared itself are problem details too; declared codes in
		// numeric order, as a reader
		// scans them.
		var sorted = new ApiResponses();
		responses.keySet()
			.stream()
			.sorted()
			.forEach(code -> sorted.addApiResponse(code, code.startsWith("4") || code.startsWith("5")
					? error(responses, code, "error") : responses.get(code)));
		sorted.setExtensions(responses.getExtensions());
		operation.setResponses(sorted);
	}

	/**
	 * An error answer: the description a controller declared, else the default; always a
	 * problem detail.
	 */
	private static ApiResponse error(ApiResponses responses, String code, String description) {
		var response = responses.computeIfAbsent(code, c -> new ApiResponse().description(description));
		if (!StringUtils.hasText(response.getDescription())) {
			response.setDescription(description);
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
		return response;
	}

	private static Header retryAfter() {
		return new Header().description("seconds to wait before retrying").schema(typed("integer").format("int32"));
	}

	/**
	 * The success answers' real media types: one per format the operation can answer in.
	 */
	private static void answers(OpenAPI api, PathItem.HttpMethod method, String path, ApiResponses responses) {
		var kind = Answers.of(method, path);
		responses.forEach((code, response) -> {
			if (!code.startsWith("2")) {
				return;
			}
			var declared = response.getContent() == null ? null
					: response.getContent()
						.values()
						.stream()
						.map(MediaType::getSchema)
						.filter(s -> s != null && (s.get$ref() != null || s.getType() != null || s.getTypes() != null))
						.findFirst()
						.orElse(null);
			var content = new Content();
			if (kind == Answers.EXPORTS) {
				var json = new Schema<>().oneOf(List.of(declared, ref(api, Report.class), ref(api, Subgraph.class)))
					.description("absent format: the answer; report-json: the receipt (Report); json: the subgraph");
				content.addMediaType("application/json", new MediaType().schema(json));
				for (var format : ExportFormat.values()) {
					var type = org.springframework.http.MediaType.parseMediaType(format.contentType());
					var name = type.getType() + "/" + type.getSubtype();
					if (!name.equals("application/json")) {
						content.addMediaType(name, new MediaType().schema(download(format, type)));
					}
				}
			}
			else if (kind == Answers.TABULAR) {
				content.addMediaType("application/json", new MediaType().schema(ref(api, CypherResult.class)));
				content.addMediaType("text/csv", new MediaType().schema(string().description("a header line of the "
						+ "columns, then one line a row (RFC 4180); nested values as JSON; X-Truncated says whether "
						+ "the row cap cut")));
			}
			else if (kind == Answers.NDJSON) {
				content.addMediaType("application/x-ndjson", new MediaType()
					.schema(string().description("FollowTheMoney entities, one JSON object a line")));
			}
			else if (declared != null) {
				content.addMediaType("application/json", new MediaType().schema(declared));
			}
			else {
				return;
			}
			response.setContent(content);
		});
	}

	private static Schema<?> download(ExportFormat format, org.springframework.http.MediaType type) {
		var schema = string()
			.description("format=" + format.formatName() + ": " + format.fileName("answer") + " as an attachment");
		if (!"text".equals(type.getType()) && !type.getSubtype().endsWith("xml")) {
			schema.format("binary");
		}
		return schema;
	}

	/**
	 * A reference to the schema of {@code type}, resolved by the same converters
	 * springdoc uses, added if absent.
	 */
	private static Schema<?> ref(OpenAPI api, Class<?> type) {
		boolean openapi31 = api.getOpenapi() != null && api.getOpenapi().startsWith("3.1");
		var resolved = ModelConverters.getInstance(openapi31).readAllAsResolvedSchema(new AnnotatedType(type));
		Map<String, Schema> schemas = resolved.referencedSchemas == null ? new LinkedHashMap<>()
				: resolved.referencedSchemas;
		schemas.forEach((name, schema) -> api.getComponents().getSchemas().putIfAbsent(name, schema));
		return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
	}

	private static Schema<?> string() {
		return typed("string");
	}

	private static Schema<?> object() {
		return typed("object");
	}

	/**
	 * A schema of one type, readable as OpenAPI 3.0 ({@code type}) and 3.1
	 * ({@code types}) alike.
	 */
	private static Schema<Object> typed(String type) {
		var schema = new Schema<Object>();
		schema.setType(type);
		schema.setTypes(new LinkedHashSet<>(List.of(type)));
		return schema;
	}

}
