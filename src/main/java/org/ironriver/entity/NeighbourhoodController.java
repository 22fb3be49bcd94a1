package org.ironriver.entity;

import java.util.List;

import org.ironriver.export.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
class NeighbourhoodController {

	private final NeighbourhoodService service;

	private final NeighbourhoodExports exports;

	NeighbourhoodController(NeighbourhoodService service, NeighbourhoodExports exports) {
		this.service = service;
		this.exports = exports;
	}

	@GetMapping("/api/entities/{id}/neighbourhood")
	@Operation(summary = "Neighbourhood of an entity, paginated",
			description = "Relationships and neighbours (sources are shown as evidence, not as neighbours), grouped by "
					+ "type and direction; each group is capped at perHubCap neighbours (its total is reported), pages of "
					+ "limit rows follow nextCursor.")
	@ApiResponse(responseCode = "200",
			description = "a page of neighbours (or, with format, a report or export download)",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = NeighbourhoodAnswer.class)))
	@ApiResponse(responseCode = "400", description = "unknown relationship type, bad direction, limit, cap or cursor")
	@ApiResponse(responseCode = "404", description = "unknown id")
	ResponseEntity<?> neighbourhood(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id,
			@Parameter(description = "relationship types, comma-separated or repeated; all when absent",
					example = "DEFENDANT_IN,PLAINTIFF_IN") @RequestParam(required = false) List<String> types,
			@Parameter(description = "out, in or both",
					example = "both") @RequestParam(required = false) String direction,
			@Parameter(description = "page size, 1..500", example = "50") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "at most this many neighbours per relationship type and direction, 1..10000",
					example = "50") @RequestParam(required = false) Integer perHubCap,
			@Parameter(
					description = "absent: JSON answer; report-json, report-md, json, csv, graphml, cypher: download",
					example = "graphml") @RequestParam(required = false) String format) {
		var answer = service.neighbourhood(id, types, direction, limit, cursor, perHubCap);
		if (format == null || format.isBlank()) {
			return ResponseEntity.ok(answer);
		}
		return exports.render(answer, ExportFormat.parse(format)).response();
	}

}
