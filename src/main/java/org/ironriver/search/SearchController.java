package org.ironriver.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Full-text search across names, aliases, docket numbers and citations",
			description = "Every word must match, exactly or as a prefix. 400 when q is empty or too long.")
	List<SearchHit> search(@Parameter(example = "Interstate Arms") @RequestParam String q,
			@RequestParam(defaultValue = "20") int limit) {
		return search.search(q, limit);
	}

}
