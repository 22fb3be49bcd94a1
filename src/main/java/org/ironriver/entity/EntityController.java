package org.ironriver.entity;

import org.ironriver.litigation.ActorLawsuitsAnswer;
import org.ironriver.litigation.LitigationService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entities")
class EntityController {

	private final EntityService entities;

	private final TimelineService timelines;

	private final LitigationService litigation;

	EntityController(EntityService entities, TimelineService timelines, LitigationService litigation) {
		this.entities = entities;
		this.timelines = timelines;
		this.litigation = litigation;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An entity with its direct relationships and their evidence",
			description = "404 when no entity has this id. Relationships are capped at 500; `truncated` says when "
					+ "there are more (page them with the neighbourhood endpoint).")
	EntityView entity(@Parameter(example = "spragues-sports") @PathVariable String id) {
		return entities.find(id);
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "Timeline of an actor or a case",
			description = "Every dated event in order (filed, ruled, enacted, announced, observed, relationship started or "
					+ "ended), each with when it happened and when a source reported it. Unknown id: 404.")
	TimelineAnswer timeline(@Parameter(example = "mx-v-sw-dmass") @PathVariable String id) {
		return timelines.timeline(id);
	}

	@GetMapping("/{id}/lawsuits")
	@Operation(summary = "Lawsuits of an actor with its role",
			description = "Each case the actor is a party to, the role (PLAINTIFF_IN, DEFENDANT_IN, ...) with its evidence, "
					+ "and the rulings in the case in date order.")
	ActorLawsuitsAnswer lawsuits(@Parameter(example = "spragues-sports") @PathVariable String id) {
		return litigation.lawsuits(id);
	}

}
