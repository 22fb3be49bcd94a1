package org.ironriver.litigation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** Laws as the rulings see them: which rulings cite or apply a law. */
@RestController
@RequestMapping("/api/laws")
class LawController {

	private final LitigationService service;

	LawController(LitigationService service) {
		this.service = service;
	}

	@GetMapping("/{id}/rulings")
	@Operation(summary = "Rulings that cite or apply a law",
			description = "Rulings citing or applying the law or one of its sections, in date order (e.g. PLCAA: the D. Mass. "
					+ "dismissal, the 1st Circuit reversal, the Supreme Court's 605 U.S. 280).")
	LawRulingsAnswer lawRulings(@Parameter(example = "plcaa") @PathVariable String id) {
		return service.lawRulings(id);
	}

}
