package org.ironriver.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.ironriver.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input over every operation of the live OpenAPI document, through the real
 * server (so Tomcat's own handling of long URLs, encoded slashes and odd headers is part
 * of it): quotes, backticks, Cypher and template injections, right-to-left overrides,
 * NUL, emoji, combining marks, 100 KB strings, negative and huge numbers, wrong JSON
 * types, missing fields, 10,000-level nesting, hostile upload names and contents. No
 * answer may be a 5xx, and every 4xx must be a problem detail. The cases come from a
 * fixed seed, so a failure is the same on every run.
 */
@ServerTest
class ApiFuzzTest {

	private static final long SEED = 20_260_802L;

	/** Values per parameter, drawn from {@link #HOSTILE} without repetition. */
	private static final int VALUES_PER_PARAMETER = 16;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HUGE = "a".repeat(100_000);

	private static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);

	private static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

	static final List<String> HOSTILE = List.of("'", "\"", "`", "`n` RETURN 1 //", "' OR 1=1 --", "\\", "\\u0000",
			"'; MATCH (n) DETACH DELETE n //", "{x}", "$x", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}",
			"<script>alert(1)</script>", "\u202Egpj.exe", "\u200F\u05E9\u05DC\u05D5\u05DD", "a\u0000b", "\u0000",
			"😀🔫🇲🇽", "e\u0301\u0301\u0301\u0301\u0301", "Z\u0334\u0321\u031B\u0349a\u0338l\u0337g\u0336o", "\uFEFF",
			"\uD83D", "../../etc/passwd", "..", ".", "/", "%2e%2e%2f", "%00", "%zz", "\r\nX-Injected: 1", " ", "", "\t",
			"日本語のテキスト", HUGE, "-1", "0", "-0", "1.5", "0x10", "-9223372036854775809", "9223372036854775808",
			"99999999999999999999999999", "1e309", "-1e309", "NaN", "Infinity", "2147483648", "-2147483649", "true",
			"null", "[]", "{}", "spragues-sports", "MX", "2024-13-45", "0000-00-00", "9999-12-31", "report-md", "csv",
			"graphml", "both", "DEFENDANT_IN,PLAINTIFF_IN,", ",,,", "DEFENDANT_IN".repeat(500));

	/**
	 * JSON values of every type and edge, for wrong types and hostile values in bodies.
	 */
	static final List<String> JSON_VALUES = List.of("1", "-1", "0", "1.5", "-9223372036854775809",
			"9223372036854775808", "1e400", "-1e400", "123456789012345678901234567890", "true", "false", "null", "[]",
			"{}", "[[1]]", "{\"a\":{\"b\":[1,\"x\",null]}}", "\"\"", "\"'\"", "\"`\"", "\"\\u0000\"", "\"\\u202Eabc\"",
			"\"😀\"", "\"e\\u0301\\u0301\"", "\"" + HUGE + "\"", DEEP_ARRAY, DEEP_OBJECT,
			"[" + "1,".repeat(20_000) + "1]", "\"MATCH (n) DETACH DELETE n\"", "\"CALL dbms.components()\"",
			"\"RETURN 1\"", "\"\\\\\"");

	private static final List<String> MALFORMED_BODIES = List.of("", "{", "}", "{\"query\":", "{\"query\":\"RETURN 1\"",
			"[1,2", "\"unterminated", "{\"query\":\"RETURN 1\",}", "{'query':'RETURN 1'}", "{\"query\" \"x\"}",
			"\u0000\u0000", "\uFEFF{\"query\":\"RETURN 1\"}", "{\"query\":\"RETURN 1\"}garbage", "nul", "tru", "-",
			"{\"a\":" + DEEP_ARRAY.substring(0, 5000));

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	record Parameter(String name, String in, String type, String example) {
	}

	record Operation(String method, String path, List<Parameter> parameters, Set<String> bodyTypes,
			JsonNode bodySchema) {

		String key() {
			return method + " " + path;
		}
	}

	record Case(Operation operation, String uri, Map<String, String> headers, String contentType, byte[] body,
			String label) {
	}

	@Test
	void a_thousand_hostile_requests_over_every_operation_get_no_5xx_and_a_problem_detail_for_every_error()
			throws Exception {
		var document = JSON.readTree(get("/v3/api-docs").body());
		var operations = operations(document);
		assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
		var queryNames = new ArrayList<String>();
		JSON.readTree(get("/api/queries").body()).forEach(query -> queryNames.add(query.path("name").asString()));
		assertThat(queryNames).isNotEmpty();

		var random = new Random(SEED);
		var cases = new ArrayList<Case>();
		for (var operation : operations) {
			cases.addAll(cases(operation, document, queryNames, random));
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
		assertThat(cases.stream().map(c -> c.operation().key()).collect(Collectors.toSet()))
			.containsAll(operations.stream().map(Operation::key).toList());

		var failures = new ArrayList<String>();
		var statuses = new LinkedHashMap<Integer, Integer>();
		var time = new LinkedHashMap<String, Long>();
		var slowest = new LinkedHashMap<String, Long>();
		var slowestCase = new String[1];
		int sent = 0;
		long started = System.nanoTime();
		for (var c : cases) {
			HttpRequest request;
			try {
				request = request(c);
			}
			catch (IllegalArgumentException refusedByTheClient) {
				// java.net.http will not send a header with CR, LF or NUL in it;
				// raw-socket tests cover those.
				continue;
			}
			long before = System.nanoTime();
			var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - before;
			time.merge(c.operation().key(), took, Long::sum);
			if (took > slowest.getOrDefault("took", 0L)) {
				slowest.put("took", took);
				slowestCase[0] = c.operation().key() + " [" + c.label() + "] " + shorten(c.uri());
			}
			sent++;
			statuses.merge(answer.statusCode(), 1, Integer::sum);
			var type = answer.headers().firstValue("Content-Type").orElse("");
			if (answer.statusCode() >= 500
					|| (answer.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
				failures.add(answer.statusCode() + " " + type + " for " + c.operation().key() + " [" + c.label() + "] "
						+ shorten(c.uri()) + " -> " + shorten(answer.body()));
			}
		}
		var seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("fuzz: %d cases sent over %d operations in %.1f s, statuses %s%n", sent, operations.size(),
				seconds, statuses);
		time.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(5)
			.forEach(e -> System.out.printf("fuzz: %s took %.1f s in all%n", e.getKey(), e.getValue() / 1e9));
		System.out.printf("fuzz: slowest case %.2f s: %s%n", slowest.getOrDefault("took", 0L) / 1e9, slowestCase[0]);
		assertThat(sent).isGreaterThanOrEqualTo(1000);
		assertThat(failures).as("answers that were a 5xx or an error without a problem detail").isEmpty();
		// The answers were not all refusals: hostile input still reached the services and
		// was answered.
		assertThat(statuses.keySet()).contains(200, 400, 404);
	}

	private List<Operation> operations(JsonNode document) {
		var operations = new ArrayList<Operation>();
		for (var path : document.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				var parameters = new ArrayList<Parameter>();
				for (var p : method.getValue().path("parameters")) {
					var example = p.path("example").isMissingNode() ? p.path("schema").path("example")
							: p.path("example");
					parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
							p.path("schema").path("type").asString(),
							example.isMissingNode() ? null : example.asString()));
				}
				var content = method.getValue().path("requestBody").path("content");
				var types = new LinkedHashSet<String>(content.propertyNames());
				var schema = types.isEmpty() ? null
						: resolve(document, content.path(types.iterator().next()).path("schema"));
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, types, schema));
			}
		}
		return operations;
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		var ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private List<Case> cases(Operation operation, JsonNode document, List<String> queryNames, Random random) {
		var cases = new ArrayList<Case>();
		var base = new LinkedHashMap<String, String>();
		for (var p : operation.parameters()) {
			base.put(p.name(), plausible(operation, p, queryNames, random));
		}
		// Every parameter on its own with hostile values, the others plausible.
		for (var p : operation.parameters()) {
			for (var value : sample(HOSTILE, VALUES_PER_PARAMETER, random)) {
				var values = new LinkedHashMap<>(base);
				values.put(p.name(), value);
				cases.add(build(operation, values, random, p.name() + "=" + label(value)));
			}
		}
		// Nothing at all: required parameters and bodies missing.
		cases.add(new Case(operation, uri(operation, Map.of(), false), Map.of(), null, null, "nothing"));
		// Unknown parameters, and every parameter hostile at once.
		for (int i = 0; i < 5; i++) {
			var values = new LinkedHashMap<>(base);
			values.put("zz" + i, HOSTILE.get(random.nextInt(HOSTILE.size())));
			cases.add(build(operation, values, random, "unknown parameter"));
			var all = new LinkedHashMap<String, String>();
			operation.parameters().forEach(p -> all.put(p.name(), HOSTILE.get(random.nextInt(HOSTILE.size()))));
			cases.add(build(operation, all, random, "all hostile"));
		}
		if (operation.bodyTypes().contains("application/json")) {
			cases.addAll(jsonBodies(operation, base, random));
		}
		if (operation.bodyTypes().contains("multipart/form-data")) {
			cases.addAll(uploads(operation, base, random));
		}
		return cases;
	}

	private String plausible(Operation operation, Parameter p, List<String> queryNames, Random random) {
		if (p.in().equals("path") && p.name().equals("name") && operation.path().startsWith("/api/queries")) {
			return queryNames.get(random.nextInt(queryNames.size()));
		}
		if (p.name().equals("kind")) {
			return List.of("ffl", "facts", "trace", "ftm").get(random.nextInt(4));
		}
		if (p.example() != null && !p.example().isBlank()) {
			return p.example();
		}
		return switch (p.type()) {
			case "integer" -> "5";
			case "boolean" -> "true";
			default -> p.in().equals("header") ? "application/json" : "spragues-sports";
		};
	}

	private Case build(Operation operation, Map<String, String> values, Random random, String label) {
		var headers = new LinkedHashMap<String, String>();
		for (var p : operation.parameters()) {
			if (p.in().equals("header") && values.containsKey(p.name())) {
				headers.put(p.name(), values.get(p.name()));
			}
		}
		String type = null;
		byte[] body = null;
		if (operation.bodyTypes().contains("application/json")) {
			type = "application/json";
			body = validJson(operation).getBytes(StandardCharsets.UTF_8);
		}
		else if (operation.bodyTypes().contains("multipart/form-data")) {
			type = "multipart/form-data; boundary=" + BOUNDARY;
			body = multipart("ffl-2026-10.txt", "not a listing\n".getBytes(StandardCharsets.UTF_8));
		}
		return new Case(operation, uri(operation, values, true), headers, type, body, label);
	}

	private static String validJson(Operation operation) {
		return operation.path().equals("/api/cypher") ? "{\"query\":\"RETURN 1 AS one\"}" : "{}";
	}

	private List<Case> jsonBodies(Operation operation, Map<String, String> base, Random random) {
		var cases = new ArrayList<Case>();
		var uri = uri(operation, base, true);
		var properties = operation.bodySchema() == null ? List.<String>of()
				: List.copyOf(operation.bodySchema().path("properties").propertyNames());
		// Roots of every type, and text that is not JSON.
		for (var value : JSON_VALUES) {
			cases.add(json(operation, uri, value, "root " + label(value)));
		}
		for (var text : MALFORMED_BODIES) {
			cases.add(json(operation, uri, text, "malformed " + label(text)));
		}
		// Each property missing, of every wrong type, and hostile.
		for (var property : properties) {
			var others = properties.stream()
				.filter(p -> !p.equals(property))
				.map(p -> "\"" + p + "\":" + plausibleJson(p))
				.collect(Collectors.joining(","));
			cases.add(json(operation, uri, "{" + others + "}", "missing " + property));
			for (var value : JSON_VALUES) {
				cases.add(json(operation, uri,
						"{" + (others.isEmpty() ? "" : others + ",") + "\"" + property + "\":" + value + "}",
						property + "=" + label(value)));
			}
		}
		// Maps of parameters (a library query's body, an ad-hoc query's parameters) with
		// hostile values and keys.
		for (var value : sample(JSON_VALUES, 12, random)) {
			var parameters = "{\"country\":" + value + ",\""
					+ HOSTILE.get(random.nextInt(HOSTILE.size()))
						.replace("\\", "\\\\")
						.replace("\"", "\\\"")
						.replaceAll("[\\x00-\\x1f]", "")
					+ "\":" + value + "}";
			var body = operation.path().equals("/api/cypher")
					? "{\"query\":\"RETURN $country AS c\",\"parameters\":" + parameters + "}" : parameters;
			cases.add(json(operation, uri, body, "parameters " + label(value)));
		}
		return cases;
	}

	private static String plausibleJson(String property) {
		return property.equals("query") ? "\"RETURN 1 AS one\"" : property.equals("parameters") ? "{}" : "1";
	}

	private Case json(Operation operation, String uri, String body, String label) {
		return new Case(operation, uri, Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8), label);
	}

	private static final String BOUNDARY = "ironriver-fuzz-boundary";

	private List<Case> uploads(Operation operation, Map<String, String> base, Random random) {
		var cases = new ArrayList<Case>();
		var uri = uri(operation, base, true);
		var contents = List.of("", "\u0000\u0000\u0000", "a\tb\tc\n".repeat(3), HUGE, DEEP_ARRAY, "{\"id\":\"x\"}\n",
				"\uFEFF\u202E'\"`\n", "subject,relation,object\n'','`',\"\"\n");
		for (var name : sample(HOSTILE, 20, random)) {
			var content = contents.get(random.nextInt(contents.size()));
			cases.add(new Case(operation, uri, Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
					multipart(name.replace("\"", "%22").replace("\r", "").replace("\n", ""),
							content.getBytes(StandardCharsets.UTF_8)),
					"file " + label(name)));
		}
		// A part with no file name, a body that is not multipart at all, and a boundary
		// that never ends.
		cases.add(new Case(operation, uri, Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--" + BOUNDARY
						+ "--\r\n")
					.getBytes(StandardCharsets.UTF_8),
				"no file name"));
		cases.add(new Case(operation, uri, Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
				"not multipart".getBytes(StandardCharsets.UTF_8), "not multipart"));
		cases.add(new Case(operation, uri, Map.of(), "multipart/form-data",
				("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n" + HUGE)
					.getBytes(StandardCharsets.UTF_8),
				"no boundary"));
		return cases;
	}

	private static byte[] multipart(String fileName, byte[] content) {
		var head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

	private String uri(Operation operation, Map<String, String> values, boolean withQuery) {
		var path = operation.path();
		for (var p : operation.parameters()) {
			if (p.in().equals("path")) {
				var value = values.getOrDefault(p.name(), "x");
				path = path.replace("{" + p.name() + "}",
						URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
		var query = new StringBuilder();
		if (withQuery) {
			var inPath = operation.parameters()
				.stream()
				.filter(p -> !p.in().equals("query"))
				.map(Parameter::name)
				.collect(Collectors.toSet());
			values.forEach((name, value) -> {
				if (!inPath.contains(name)) {
					query.append(query.isEmpty() ? "?" : "&")
						.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			});
		}
		return "http://127.0.0.1:" + port + path + query;
	}

	private HttpRequest request(Case c) {
		var builder = HttpRequest.newBuilder(URI.create(c.uri())).timeout(Duration.ofSeconds(60));
		c.headers().forEach(builder::header);
		if (c.contentType() != null) {
			builder.header("Content-Type", c.contentType());
		}
		var body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(c.body());
		return builder.method(c.operation().method(), body).build();
	}

	private static <T> List<T> sample(List<T> values, int n, Random random) {
		var copy = new ArrayList<>(values);
		java.util.Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	private static String label(String value) {
		return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
	}

	private static String shorten(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
