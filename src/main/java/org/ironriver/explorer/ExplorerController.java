package org.ironriver.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.model.EntityIds;
import org.ironriver.queries.QueryLibrary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every explorer route answers with the same shell page, which reads the route from its
 * address and asks the API for the data: so each view has a deep link that survives a
 * reload. An entity page for an id nothing has is still the shell (which says "not
 * found"), but with status 404, so a link checker or a script sees the truth.
 */
@RestController
@Hidden
class ExplorerController {

	/**
	 * Scripts and styles from this application only (no inline script, no outside host),
	 * answers from the API only, no framing. {@code style-src} allows inline style
	 * attributes because the graph library positions its canvas with them.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private final Neo4jSessions sessions;

	private final String entityQuery;

	private final String shell;

	ExplorerController(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.entityQuery = library.get("entities-by-id").cypher();
		this.shell = load("static/explorer/index.html");
	}

	@GetMapping(
			path = { "/", "/trace", "/paths", "/disagreements", "/search", "/resolution", "/resolution/judgements" },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> view() {
		return page(HttpStatus.OK);
	}

	@GetMapping(path = "/entities/{id}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> entity(@PathVariable String id) {
		return page(exists(id) ? HttpStatus.OK : HttpStatus.NOT_FOUND);
	}

	private boolean exists(String id) {
		if (!EntityIds.isValid(id)) {
			return false;
		}
		return sessions.read(tx -> tx.run(entityQuery, Map.of("ids", List.of(id))).hasNext());
	}

	private ResponseEntity<String> page(HttpStatus status) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("Referrer-Policy", "no-referrer")
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(shell);
	}

	private static String load(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the explorer's page " + path + " is missing from the build", ex);
		}
	}

}
