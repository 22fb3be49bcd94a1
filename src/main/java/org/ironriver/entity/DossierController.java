package org.ironriver.entity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.ironriver.model.EntityIds;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DossierController {

	/**
	 * The HTML dossier shows names and quotes that imports wrote: escaped, and this
	 * policy keeps the page from running or loading anything even if something slipped
	 * through.
	 */
	static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

	private final DossierService dossiers;

	DossierController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/api/entities/{id}/dossier")
	@Operation(summary = "Everything the graph knows about an entity, with a citation on every statement",
			description = "Identity, aliases, relationships (grouped by type, each marked case evidence or context), "
					+ "cases and rulings, timeline and disagreements; every statement cites its sources [n], numbered "
					+ "at the end; dates as the sources give them. 404 when no entity has this id.")
	@ApiResponse(responseCode = "200", description = "the dossier",
			content = { @Content(mediaType = "text/html", schema = @Schema(type = "string")),
					@Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
					@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "400", description = "an id that cannot be one, or a format other than md, html, pdf")
	ResponseEntity<byte[]> dossier(@Parameter(example = "spragues-sports") @PathVariable String id,
			@Parameter(description = "md, html (default) or pdf",
					example = "pdf") @RequestParam(required = false) String format) {
		EntityIds.requireValid(id, "id");
		var dossierFormat = DossierFormat.parse(format);
		var bytes = DossierRenderer.render(dossiers.dossier(id), dossierFormat);
		var response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(dossierFormat.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("dossier-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "." + dossierFormat.formatName())
						.build()
						.toString());
		if (dossierFormat == DossierFormat.HTML) {
			response.header("Content-Security-Policy", HTML_POLICY);
		}
		return response.body(bytes);
	}

}
