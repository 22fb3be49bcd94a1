package org.ironriver.claims;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** Where sources disagree: contradicting claims side by side. */
@RestController
@RequestMapping("/api/contradictions")
class ContradictionsController {

	private final ContradictionsService service;

	ContradictionsController(ContradictionsService service) {
		this.service = service;
	}

	@GetMapping
	@Operation(summary = "Contradicting claims",
			description = "Every pair of disagreeing claims with the sources of both sides; with entity, only the pairs "
					+ "about that entity.")
	ContradictionsAnswer contradictions(
			@Parameter(example = "mx-v-sw-dmass") @RequestParam(required = false) String entity) {
		return service.contradictions(entity);
	}

}
