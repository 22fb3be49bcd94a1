package org.ironriver.flows;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** Published flow statistics as data, with their caveats and evidence. */
@RestController
@RequestMapping("/api/statistics")
class FlowStatisticsController {

	private final FlowStatisticsService service;

	FlowStatisticsController(FlowStatisticsService service) {
		this.service = service;
	}

	@GetMapping("/flows")
	@Operation(summary = "Flow observations by destination, origin and period",
			description = "Each observation with its metric, value, unit, period, caveat and the evidence of its origin and "
					+ "destination. from/to keep observations whose period overlaps them.")
	FlowStatisticsAnswer flows(@Parameter(example = "MX") @RequestParam(required = false) String destination,
			@Parameter(example = "US") @RequestParam(required = false) String origin,
			@Parameter(description = "YYYY-MM-DD", example = "2014-01-01") @RequestParam(required = false) String from,
			@Parameter(description = "YYYY-MM-DD", example = "2025-12-31") @RequestParam(required = false) String to) {
		return service.flows(destination, origin, from, to);
	}

}
