package org.ironriver.litigation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseService cases;

	CaseController(CaseService cases) {
		this.cases = cases;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case: parties with roles, court, rulings in order, the appeal chain, the laws cited",
			description = "404 when no lawsuit or proceeding has this id.")
	CaseView lawsuit(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return cases.find(id);
	}

}
