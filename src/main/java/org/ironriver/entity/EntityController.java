package org.ironriver.entity;

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

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An entity with its direct relationships and their evidence",
			description = "404 when no entity has this id. Relationships are capped at 500; `truncated` says when "
					+ "there are more (page them with the neighbourhood endpoint).")
	EntityView entity(@Parameter(example = "spragues-sports") @PathVariable String id) {
		return entities.find(id);
	}

}
