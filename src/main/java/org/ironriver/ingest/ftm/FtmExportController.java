package org.ironriver.ingest.ftm;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.ironriver.database.Neo4jSessions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/export/ftm}: the same FollowTheMoney export as
 * {@code ironriver ftm-export}, streamed.
 */
@RestController
class FtmExportController {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final Neo4jSessions sessions;

	FtmExportController(Neo4jSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping(path = "/api/export/ftm", produces = "application/x-ndjson")
	@Operation(summary = "The graph as FollowTheMoney entities",
			description = "Every entity and relationship as FtM JSON Lines (one entity a line), streamed as a download "
					+ "(ironriver.ftm.json); what `ironriver ftm-export` writes. Importable by Aleph, OpenAleph and "
					+ "`POST /api/imports/ftm`.")
	ResponseEntity<StreamingResponseBody> export() {
		StreamingResponseBody body = out -> {
			var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			new FtmExporter(sessions).export(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(NDJSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ironriver.ftm.json\"")
			.body(body);
	}

}
