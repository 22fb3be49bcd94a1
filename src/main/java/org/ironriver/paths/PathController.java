package org.ironriver.paths;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Paths", description = "Paths, traces and shortest paths, every hop with its evidence")
class PathController {

	private final PathService paths;

	PathController(PathService paths) {
		this.paths = paths;
	}

	@GetMapping("/paths")
	@Operation(summary = "Paths between two entities",
			description = "All paths of at most maxHops hops (default 4, at most 6) between two entities, shorter first; "
					+ "sources and claims are not traversed. Every hop carries its evidence with resolved sources. "
					+ "Unknown id: 404; maxHops outside 1..6: 400.")
	PathsAnswer between(@Parameter(description = "business id of the start", example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(description = "business id of the end", example = "MX") @RequestParam(required = false) String to,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "at most this many paths, 1..200", example = "25") @RequestParam(required = false) Integer limit) {
		return paths.between(from, to, maxHops, limit);
	}

	@GetMapping("/paths/shortest")
	@Operation(summary = "All shortest paths between two entities",
			description = "Every path of the minimum length (bounded by maxHops, default 4, at most 6), best-sourced first.")
	PathsAnswer shortest(@Parameter(example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(example = "plcaa") @RequestParam(required = false) String to,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "at most this many paths, 1..200", example = "25") @RequestParam(required = false) Integer limit) {
		return paths.shortest(from, to, maxHops, limit);
	}

	@GetMapping("/trace")
	@Operation(summary = "Trace a dealer or supplier to a destination country",
			description = "Paths in the direction of the flow through supply, location, flow observations and lawsuits; "
					+ "current and well-sourced paths first (score = product of hop confidences x (1 - 0.5^distinct sources)). "
					+ "asOf keeps only relationships that held on that date.")
	PathsAnswer trace(@Parameter(description = "business id of the dealer or supplier", example = "spragues-sports") @RequestParam(required = false) String from,
			@Parameter(description = "business id of the destination country", example = "MX") @RequestParam(required = false) String country,
			@Parameter(description = "hop bound, 1..6", example = "4") @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "keep only relationships valid on this date (YYYY-MM-DD)", example = "2024-01-01") @RequestParam(required = false) String asOf,
			@Parameter(description = "at most this many paths, 1..200", example = "25") @RequestParam(required = false) Integer limit) {
		return paths.trace(from, country, maxHops, asOf, limit);
	}
}
