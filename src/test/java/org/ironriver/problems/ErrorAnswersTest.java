package org.ironriver.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.ironriver.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error is a problem detail, including the ones no controller makes: paths that do
 * not exist, the wrong method or media type, Boot's {@code /error}, and what Tomcat
 * refuses before the application sees the request. Raw sockets send what no well-behaved
 * client would.
 */
@ServerTest
class ErrorAnswersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Test
	void unknown_paths_are_404_problem_details_under_the_api_and_outside_it() throws Exception {
		for (var path : new String[] { "/nope", "/api/nope", "/api/entities", "/nope.css", "/browser/nope.js",
				"/api/" }) {
			var answer = get(path);
			assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(),
					404);
		}
	}

	@Test
	void the_error_path_asked_for_directly_is_a_404_problem_detail_not_boots_json() throws Exception {
		var answer = get("/error");
		var body = assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
				answer.body(), 404);
		assertThat(body.has("timestamp")).isFalse();
	}

	@Test
	void a_wrong_method_is_405_and_a_wrong_media_type_415_or_406_as_problem_details() throws Exception {
		var delete = send(HttpRequest.newBuilder(uri("/api/search?q=x")).DELETE());
		assertProblem(delete.statusCode(), type(delete), delete.body(), 405);
		assertThat(delete.headers().firstValue("Allow")).hasValue("GET");

		var text = send(HttpRequest.newBuilder(uri("/api/cypher"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("RETURN 1")));
		assertProblem(text.statusCode(), type(text), text.body(), 415);

		var csv = send(HttpRequest.newBuilder(uri("/api/entities/spragues-sports")).header("Accept", "text/csv").GET());
		assertProblem(csv.statusCode(), type(csv), csv.body(), 406);
	}

	@Test
	void request_lines_and_headers_tomcat_refuses_are_400_problem_details() throws Exception {
		var refused = new String[] { "GET /api/search?q={x} HTTP/1.1", "GET /a\u0001b HTTP/1.1",
				"GET /api/entities/%zz HTTP/1.1", "GET /api/entities/a%2Fb HTTP/1.1",
				"GET /api/entities/a%5Cb HTTP/1.1", "GET /api/entities/a\\b HTTP/1.1", "GET /api/entities/%00 HTTP/1.1",
				"GARBAGE" };
		for (var line : refused) {
			var answer = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertProblem(answer.status, answer.header("Content-Type"), answer.body, 400);
		}
		var badHeader = raw(
				"GET /api/queries HTTP/1.1\r\nHost: localhost\r\nBad\u0001Header: x\r\nConnection: close\r\n\r\n");
		assertProblem(badHeader.status, badHeader.header("Content-Type"), badHeader.body, 400);
		var spaceInHost = raw("GET /api/queries HTTP/1.1\r\nHost: local host\r\nConnection: close\r\n\r\n");
		assertProblem(spaceInHost.status, spaceInHost.header("Content-Type"), spaceInHost.body, 400);
	}

	@Test
	void a_header_section_larger_than_tomcat_takes_is_a_problem_detail() throws Exception {
		var answer = raw("GET /api/queries HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(answer.status).isBetween(400, 499);
		assertProblem(answer.status, answer.header("Content-Type"), answer.body, answer.status);
	}

	@Test
	void a_bad_escape_in_a_query_parameter_is_a_400_problem_detail_from_the_error_path() throws Exception {
		var answer = raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		var body = assertProblem(answer.status, answer.header("Content-Type"), answer.body, 400);
		assertThat(body.path("instance").asString()).isEqualTo("/api/search");
	}

	@Test
	void dot_segments_and_path_parameters_in_urls_are_answered_as_malformed_or_as_the_paths_they_are()
			throws Exception {
		var dots = raw("GET /api/entities/%2e%2e HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertProblem(dots.status, dots.header("Content-Type"), dots.body, 400);
		// Spring Security's firewall refuses path parameters outright (they let one URL
		// be read as two paths), as a
		// malformed request.
		var session = raw(
				"GET /api/entities/no-such-id;jsessionid=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		var body = assertProblem(session.status, session.header("Content-Type"), session.body, 400);
		assertThat(body.path("detail").asString()).contains("malformed");
		var up = raw("GET /api/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(up.status).isBetween(400, 404);
		assertProblem(up.status, up.header("Content-Type"), up.body, up.status);
	}

	@Test
	void an_upload_named_dot_or_dot_dot_is_refused_as_invalid_input_not_a_500() throws Exception {
		for (var name : new String[] { ".", "..", "../..", "/", "\u202E" }) {
			var boundary = "fuzz-boundary";
			var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: text/plain\r\n\r\nnot an FFL listing\r\n--" + boundary + "--\r\n";
			var answer = send(HttpRequest.newBuilder(uri("/api/imports/ffl"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			var problem = assertProblem(answer.statusCode(), type(answer), answer.body(), 400);
			assertThat(problem.path("errors").get(0).path("file").asString()).isEqualTo("upload");
		}
	}

	@Test
	void json_ten_thousand_levels_deep_is_a_400_that_names_the_nesting_limit() throws Exception {
		for (var path : new String[] { "/api/cypher", "/api/queries/dealers-sued-and-where" }) {
			var deep = "{\"query\":\"RETURN 1\",\"parameters\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000)
					+ "}}";
			var answer = send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(deep)));
			var problem = assertProblem(answer.statusCode(), type(answer), answer.body(), 400);
			assertThat(problem.path("detail").asString()).contains("nesting depth").contains("64");
		}
	}

	/** Asserts a problem detail of this status and returns its body. */
	static JsonNode assertProblem(int status, String contentType, String body, int expected) {
		assertThat(status).as("status of %s", body).isEqualTo(expected);
		assertThat(contentType).as("Content-Type of a %d: %s", status, body).startsWith("application/problem+json");
		var problem = JSON.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(expected);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

	private static String type(HttpResponse<?> answer) {
		return answer.headers().firstValue("Content-Type").orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	record RawAnswer(int status, String head, String body) {

		String header(String name) {
			for (var line : head.split("\r\n")) {
				if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
					return line.substring(name.length() + 1).strip();
				}
			}
			return "";
		}
	}

	/**
	 * Sends bytes as they are (ISO-8859-1, so a control character stays one byte) and
	 * reads to the end.
	 */
	RawAnswer raw(String request) throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			var out = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(out);
			var text = out.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			var head = text.substring(0, split);
			var body = text.substring(split + 4);
			if (head.toLowerCase().contains("transfer-encoding: chunked")) {
				body = unchunk(body);
			}
			return new RawAnswer(Integer.parseInt(head.substring(9, 12)), head, body);
		}
	}

	private static String unchunk(String body) {
		var out = new StringBuilder();
		int at = 0;
		while (true) {
			int end = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, end).strip(), 16);
			if (size == 0) {
				return out.toString();
			}
			// Chunk sizes count bytes; these bodies are ASCII JSON, so bytes and
			// characters agree.
			out.append(body, end + 2, end + 2 + size);
			at = end + 2 + size + 2;
		}
	}

}
