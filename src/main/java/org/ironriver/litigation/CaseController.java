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

	private final LitigationService service;

	CaseController(CaseService cases, LitigationService service) {
		this.cases = cases;
		this.service = service;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case: parties with roles, court, rulings in order, the appeal chain, the laws cited",
			description = "404 when no lawsuit or proceeding has this id.")
	CaseView lawsuit(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return cases.find(id);
	}

	@GetMapping("/{id}/appeal-chain")
	@Operation(summary = "Appeal chain of a case",
			description = "From the court of first instance to the highest court, each level with its rulings and the "
					+ "REVIEWS evidence. The id must be a Lawsuit (400 otherwise).")
	AppealChainAnswer appealChain(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return service.appealChain(id);
	}

	@GetMapping("/{id}/laws")
	@Operation(summary = "Laws a case turns on",
			description = "Laws the case cites and those its rulings cite or apply, with the ruling and the evidence.")
	CaseLawsAnswer caseLaws(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return service.caseLaws(id);
	}

}
