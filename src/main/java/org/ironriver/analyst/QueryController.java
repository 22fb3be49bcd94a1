package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import org.ironriver.queries.LibraryQuery;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

@RestController
@RequestMapping("/api/queries")
class QueryController {

	private final QueryRunner runner;

	private final AuditLog audit;

	QueryController(QueryRunner runner, AuditLog audit) {
		this.runner = runner;
		this.audit = audit;
	}

	/** A library query as listed: everything but the Cypher text. */
	record QuerySummary(String name, String title, String description, Map<String, Object> parameters,
			List<String> expectations) {

		static QuerySummary of(LibraryQuery q) {
			return new QuerySummary(q.name(), q.title(), q.description(), q.defaults(), q.expectations());
		}
	}

	/**
	 * A library query with its Cypher, as an analyst pastes it into Neo4j Browser after
	 * setting the parameters.
	 */
	record QueryDetail(String name, String title, String description, Map<String, Object> parameters,
			List<String> expectations, String cypher) {

		static QueryDetail of(LibraryQuery q) {
			return new QueryDetail(q.name(), q.title(), q.description(), q.defaults(), q.expectations(), q.cypher());
		}
	}

	@Operation(summary = "List the analyst query library",
			description = "Name, title, description, parameters with their defaults and the expected result on the curated graph.")
	@GetMapping
	List<QuerySummary> list() {
		return runner.library().forAnalysts().stream().map(QuerySummary::of).toList();
	}

	@Operation(summary = "One library query with its Cypher text")
	@GetMapping("/{name}")
	QueryDetail get(@PathVariable String name) {
		return QueryDetail.of(runner.library().forAnalysts(name));
	}

	@Operation(summary = "Run a library query",
			description = "The body holds parameter values; a parameter left out takes its default, an unknown one is a 400. "
					+ "Runs read-only with the same timeout and row cap as /api/cypher. JSON by default, CSV with "
					+ "`Accept: text/csv` or `format=csv`.")
	@PostMapping("/{name}")
	ResponseEntity<?> run(@PathVariable String name,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(examples = @ExampleObject(name = "trace-statistics-for-country",
							value = "{\"country\": \"JM\"}"))) @RequestBody(
									required = false) Map<String, Object> parameters,
			@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest http) {
		var result = audit.query(Actor.of(http), name, null, parameters, () -> runner.run(name, parameters),
				CypherResult::rowCount);
		return ResultFormats.response(result, format, accept);
	}

}
