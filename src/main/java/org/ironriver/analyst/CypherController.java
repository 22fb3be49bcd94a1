package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import jakarta.servlet.http.HttpServletRequest;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
@RequestMapping("/api/cypher")
class CypherController {

	private final SafeCypher safeCypher;

	private final AuditLog audit;

	CypherController(SafeCypher safeCypher, AuditLog audit) {
		this.safeCypher = safeCypher;
		this.audit = audit;
	}

	@Operation(summary = "Run your own read-only Cypher",
			description = "Refuses (400, with the reason) a query too long, too deeply nested, with a regular expression "
					+ "that can backtrack exponentially or a range() over the cap, before the database sees it; plans "
					+ "the query and refuses anything that could write, change the "
					+ "schema, administer the database, read files or URLs (LOAD CSV) or call a procedure outside the "
					+ "allow-list; then runs it in a read transaction with a timeout (default 10 s) and a row cap "
					+ "(default 10,000; `truncated` says when it cut). JSON by default, CSV with `Accept: text/csv` or "
					+ "`format=csv`.")
	@ApiResponse(responseCode = "200", description = "columns, rows (nodes as {id, labels, properties}), truncated")
	@ApiResponse(responseCode = "400", description = "refused or failed, with the reason as a problem detail")
	@ApiResponse(responseCode = "503",
			description = "every analyst query slot is taken; retry after Retry-After seconds")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> run(@RequestBody CypherRequest request,
			@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest http) {
		var result = audit.query(Actor.of(http), null, request.query(), request.parameters(),
				() -> request.maxRows() == null ? safeCypher.read(request.query(), request.parameters())
						: safeCypher.read(request.query(), request.parameters(), request.maxRows()),
				CypherResult::rowCount);
		return ResultFormats.response(result, format, accept);
	}

}
