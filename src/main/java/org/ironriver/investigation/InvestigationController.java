package org.ironriver.investigation;

import java.util.List;

import org.ironriver.investigation.Answers.*;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Timeline, legal views, statistics and contradictions (the neighbourhood is in
 * {@link NeighbourhoodController}).
 */
@RestController
@RequestMapping("/api")
class InvestigationController {

	private final InvestigationService service;

	InvestigationController(InvestigationService service) {
		this.service = service;
	}

	@GetMapping("/entities/{id}/timeline")
	@Operation(summary = "Timeline of an actor or a case",
			description = "Every dated event in order (filed, ruled, enacted, announced, observed, relationship started or "
					+ "ended), each with when it happened and when a source reported it. Unknown id: 404.")
	TimelineAnswer timeline(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return service.timeline(id);
	}

	@GetMapping("/entities/{id}/lawsuits")
	@Operation(summary = "Lawsuits of an actor with its role",
			description = "Each case the actor is a party to, the role (PLAINTIFF_IN, DEFENDANT_IN, ...) with its evidence, "
					+ "and the rulings in the case in date order.")
	ActorLawsuitsAnswer lawsuits(@Parameter(example = "spragues-sports") @PathVariable String id) {
		return service.lawsuits(id);
	}

	@GetMapping("/cases/{id}/appeal-chain")
	@Operation(summary = "Appeal chain of a case",
			description = "From the court of first instance to the highest court, each level with its rulings and the "
					+ "REVIEWS evidence. The id must be a Lawsuit (400 otherwise).")
	AppealChainAnswer appealChain(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return service.appealChain(id);
	}

	@GetMapping("/cases/{id}/laws")
	@Operation(summary = "Laws a case turns on",
			description = "Laws the case cites and those its rulings cite or apply, with the ruling and the evidence.")
	CaseLawsAnswer caseLaws(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return service.caseLaws(id);
	}

	@GetMapping("/laws/{id}/rulings")
	@Operation(summary = "Rulings that cite or apply a law",
			description = "Rulings citing or applying the law or one of its sections, in date order (e.g. PLCAA: the D. Mass. "
					+ "dismissal, the 1st Circuit reversal, the Supreme Court's 605 U.S. 280).")
	LawRulingsAnswer lawRulings(@Parameter(example = "plcaa") @PathVariable String id) {
		return service.lawRulings(id);
	}

	@GetMapping("/statistics/flows")
	@Operation(summary = "Flow observations by destination, origin and period",
			description = "Each observation with its metric, value, unit, period, caveat and the evidence of its origin and "
					+ "destination. from/to keep observations whose period overlaps them.")
	FlowStatisticsAnswer flows(@Parameter(example = "MX") @RequestParam(required = false) String destination,
			@Parameter(example = "US") @RequestParam(required = false) String origin,
			@Parameter(description = "YYYY-MM-DD", example = "2014-01-01") @RequestParam(required = false) String from,
			@Parameter(description = "YYYY-MM-DD", example = "2025-12-31") @RequestParam(required = false) String to) {
		return service.flows(destination, origin, from, to);
	}

	@GetMapping("/contradictions")
	@Operation(summary = "Contradicting claims",
			description = "Every pair of disagreeing claims with the sources of both sides; with entity, only the pairs "
					+ "about that entity.")
	ContradictionsAnswer contradictions(
			@Parameter(example = "mx-v-sw-dmass") @RequestParam(required = false) String entity) {
		return service.contradictions(entity);
	}

}
