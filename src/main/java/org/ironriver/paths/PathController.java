package org.ironriver.paths;

import org.ironriver.export.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
@RequestMapping("/api")
class PathController {

	static final String FORMAT_DESCRIPTION = "absent: the answer as JSON; report-json or report-md: a receipt (query, "
			+ "parameters, time, data version, every hop with evidence, sources); json, csv (zip of neo4j-admin import "
			+ "nodes.csv and relationships.csv), graphml or cypher: the answer's subgraph";

	private final PathService paths;

	private final PathExports exports;

	PathController(PathService paths, PathExports exports) {
		this.paths = paths;
		this.exports = exports;
	}

	private ResponseEntity<?> respond(PathsAnswer answer, String format) {
		if (format == null || format.isBlank()) {
			return ResponseEntity.ok(answer);
		}
		return exports.render(answer, ExportFormat.parse(format)).response();
	}

	@GetMapping("/paths")
	@ApiResponse(responseCode = "200", description = "the paths (or, with format, a report or export download)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PathsAnswer.class)))
	@ApiResponse(responseCode = "400", description = "bad parameter (maxHops outside 1..6, bad date, unknown format)")
	@ApiResponse(responseCode = "404", description = "unknown id")
	@ApiResponse(responseCode = "503", description = "database unavailable")
	@Operation(summary = "Paths between two entities",
			description = "All paths of at most maxHops hops (default 4, at most 6) between two entities, shorter first; "
					+ "sources and claims are not traversed. Every hop carries its evidence with resolved sources. "
					+ "Unknown id: 404; maxHops outside 1..6: 400.")
	ResponseEntity<?> between(
			@Parameter(description = "business id of the start",
					example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(description = "business id of the end",
					example = "MX") @RequestParam(required = false) String to,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "at most this many paths, 1..200",
					example = "25") @RequestParam(required = false) Integer limit,
			@Parameter(description = FORMAT_DESCRIPTION,
					example = "report-md") @RequestParam(required = false) String format) {
		return respond(paths.between(from, to, maxHops, limit), format);
	}

	@GetMapping("/paths/shortest")
	@ApiResponse(responseCode = "200", description = "the paths (or, with format, a report or export download)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PathsAnswer.class)))
	@ApiResponse(responseCode = "400", description = "bad parameter (maxHops outside 1..6, bad date, unknown format)")
	@ApiResponse(responseCode = "404", description = "unknown id")
	@ApiResponse(responseCode = "503", description = "database unavailable")
	@Operation(summary = "All shortest paths between two entities",
			description = "Every path of the minimum length (bounded by maxHops, default 4, at most 6), best-sourced first.")
	ResponseEntity<?> shortest(@Parameter(example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(example = "plcaa") @RequestParam(required = false) String to,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "at most this many paths, 1..200",
					example = "25") @RequestParam(required = false) Integer limit,
			@Parameter(description = FORMAT_DESCRIPTION,
					example = "report-md") @RequestParam(required = false) String format) {
		return respond(paths.shortest(from, to, maxHops, limit), format);
	}

	@GetMapping("/trace")
	@ApiResponse(responseCode = "200", description = "the paths (or, with format, a report or export download)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PathsAnswer.class)))
	@ApiResponse(responseCode = "400", description = "bad parameter (maxHops outside 1..6, bad date, unknown format)")
	@ApiResponse(responseCode = "404", description = "unknown id")
	@ApiResponse(responseCode = "503", description = "database unavailable")
	@Operation(summary = "Trace a dealer or supplier to a destination country",
			description = "Paths in the direction of the flow through supply, location, flow observations and lawsuits; "
					+ "current and well-sourced paths first (score = product of hop confidences x (1 - 0.5^distinct sources)). "
					+ "asOf keeps only relationships that held on that date.")
	ResponseEntity<?> trace(
			@Parameter(description = "business id of the dealer or supplier",
					example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(description = "business id of the destination country",
					example = "MX") @RequestParam(required = false) String country,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "keep only relationships valid on this date (YYYY-MM-DD)",
					example = "2024-01-01") @RequestParam(required = false) String asOf,
			@Parameter(description = "at most this many paths, 1..200",
					example = "25") @RequestParam(required = false) Integer limit,
			@Parameter(description = FORMAT_DESCRIPTION,
					example = "report-md") @RequestParam(required = false) String format) {
		return respond(paths.trace(from, country, maxHops, asOf, limit), format);
	}

}
