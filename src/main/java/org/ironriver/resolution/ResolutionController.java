package org.ironriver.resolution;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ironriver.audit.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
@RequestMapping("/api/resolution")
class ResolutionController {

	private final ResolutionService resolution;

	ResolutionController(ResolutionService resolution) {
		this.resolution = resolution;
	}

	@GetMapping("/candidates")
	@Operation(summary = "Pairs of entities that may be one, best first, each with the features of its score",
			description = "Dealers, importers, manufacturers, distributors, organizations and people of the whole graph "
					+ "(licensees, curated entities and FollowTheMoney imports alike), compared within blocks (licence "
					+ "number, names, address, identifiers). Each candidate lists the features that matched or conflicted "
					+ "with their weights; the score is their sum, clamped to 0..1. Pairs judged same or not same, and "
					+ "pairs already one cluster, are never candidates; a pair judged unsure is, marked so. 400 for a "
					+ "threshold outside 0..1, an unknown type, a negative offset or a limit outside 1..500.")
	CandidatesAnswer candidates(
			@Parameter(description = "the least score, default 0.7") @RequestParam(required = false) Double threshold,
			@Parameter(description = "only pairs with an entity of this type label",
					example = "Dealer") @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
		return resolution.candidates(threshold, type, offset, limit);
	}

	@GetMapping("/judgements")
	@Operation(summary = "Standing judgements, newest first",
			description = "Each with who made it, when, why, and the score and features at the time. With entity, only "
					+ "those that name it (unknown entity: 404). Undone judgements are kept in the graph but not listed.")
	List<Judgement> judgements(@RequestParam(required = false) String entity,
			@RequestParam(required = false) Integer limit) {
		return resolution.judgements(entity, limit);
	}

	@GetMapping("/judgements/{id}")
	@Operation(summary = "One judgement, standing or undone", description = "Unknown id: 404.")
	Judgement judgement(@PathVariable String id) {
		return resolution.judgement(id);
	}

	@PostMapping("/judgements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Judge a pair same, not same or unsure (editors)",
			description = "Body: {\"left\": id, \"right\": id, \"verdict\": \"same\" | \"not-same\" | \"unsure\", "
					+ "\"why\": text}. Recorded with the caller, the time, the reason and the pair's score and features, "
					+ "in the graph and the audit trail; it replaces the pair's standing judgement. Same joins the two "
					+ "(and their clusters) into one cluster that answers as one entity in search, entity pages and "
					+ "tracing; not same keeps the pair from ever being suggested again. 400 for a missing or unknown "
					+ "verdict, the same id twice, an entity that is not an actor, or not same within one cluster; 404 "
					+ "for an unknown id; 403 for readers and analysts.")
	Judgement judge(@RequestBody(required = false) JudgementRequest body, HttpServletRequest request) {
		return resolution.judge(Actor.of(request), body);
	}

	@DeleteMapping("/judgements/{id}")
	@Operation(summary = "Undo a judgement (editors)",
			description = "The judgement is kept, marked undone (by whom, when, why); the clusters of its two entities are "
					+ "recomputed from the judgements that still stand, so after undoing a same both answer apart again. "
					+ "Audited. 404 for an unknown or already undone judgement; 403 for readers and analysts.")
	Judgement undo(@PathVariable String id, @RequestParam(required = false) String why, HttpServletRequest request) {
		return resolution.undo(Actor.of(request), id, why);
	}

}
