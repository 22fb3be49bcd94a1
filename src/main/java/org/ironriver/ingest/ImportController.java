package org.ironriver.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.ironriver.audit.Actor;
import org.ironriver.problems.RequestBounds;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for editors: the same validated import as the CLI, one file per request.
 * Invalid input is a 400 problem detail whose {@code errors} list every error (file,
 * line, column, reason); nothing is written then.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/{kind}", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import one file (editors)",
			description = "kind: ffl, facts, trace or ftm. The file is validated whole before anything is written: 400 with "
					+ "every error (file, line, column, reason) and nothing written, unless skipInvalid. The one endpoint that "
					+ "writes: it needs the editor role (an editor's login, API key or token; in the local single-user mode, "
					+ "this machine's user has it), and a foreign Origin is 403 whatever the credentials. The file is "
					+ "streamed to disk; over IRONRIVER_UPLOAD_MAX_SIZE it is 413.")
	ImportSummary upload(@PathVariable String kind, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean skipInvalid, @RequestParam(required = false) String sourceUrl,
			@RequestParam(required = false) String listingMonth, HttpServletRequest request) {
		var actor = Actor.of(request);
		var importKind = ImportKind.parse(kind);
		var name = safeName(file.getOriginalFilename());
		try {
			// Streamed to disk: the container spools the upload to its temporary
			// directory as it arrives, transferTo
			// moves that file here (a rename, not a copy, on the same disk), and the
			// importer reads it from its path.
			// Validation and writing each read it once, so memory stays flat whatever its
			// size.
			var dir = Files.createTempDirectory("ironriver-upload");
			var path = dir.resolve(name);
			try {
				file.transferTo(path.toFile());
				var options = new ImportOptions(skipInvalid, skipInvalid ? dir.resolve(name + ".rejects.tsv") : null,
						ImportOptions.DEFAULT_BATCH_SIZE, sourceUrl, listingMonth, actor.who(), 2);
				return imports
					.importFiles(importKind, List.of(new ImportService.InputFileRef(path, name)), options,
							Progress.NONE, actor)
					.get(0);
			}
			finally {
				try (var files = Files.list(dir)) {
					files.forEach(f -> f.toFile().delete());
				}
				Files.deleteIfExists(dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the upload", ex);
		}
	}

	/**
	 * An upload's name as the client gave it, made fit to name a file and to appear in
	 * the import's record and reject file: the last segment of any path (browsers on
	 * Windows send one, attackers send {@code ../}), without control or invisible
	 * formatting characters (a right-to-left override can make {@code gpj.exe} read as
	 * {@code exe.jpg}), at most {@value #MAX_NAME_BYTES} bytes of UTF-8 (file systems
	 * allow 255, and a reject file adds a suffix); nothing left, or only dots, is
	 * "upload".
	 */
	static String safeName(String original) {
		if (original == null) {
			return "upload";
		}
		var last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		var name = new StringBuilder();
		int bytes = 0;
		for (int c : last.codePoints().toArray()) {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				continue;
			}
			int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > MAX_NAME_BYTES) {
				break;
			}
			name.appendCodePoint(c);
			bytes += size;
		}
		var clean = name.toString().strip();
		return clean.isEmpty() || clean.chars().allMatch(c -> c == '.') ? "upload" : clean;
	}

	static final int MAX_NAME_BYTES = 200;

	@GetMapping
	@Operation(summary = "Recorded imports, newest first",
			description = "Each import's file, checksum, counts, status, times and user.")
	List<Map<String, Object>> list(
			@Parameter(description = "1 to 1000, default 100") @RequestParam(defaultValue = "100") int limit) {
		return imports.recordedImports(RequestBounds.between1And(1000, "limit", limit));
	}

	/**
	 * A file that failed midway: 503 when the database went away (retry once it is back:
	 * the re-run continues the same import), 500 otherwise; either way the answer says
	 * what was written and that the import is recorded as failed.
	 */
	@ExceptionHandler(ImportFailedException.class)
	ProblemDetail failed(ImportFailedException ex) {
		boolean databaseAway = false;
		for (Throwable cause = ex.getCause(); cause != null
				&& !databaseAway; cause = cause.getCause() == cause ? null : cause.getCause()) {
			databaseAway = cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException;
		}
		var s = ex.summary();
		var problem = ProblemDetail.forStatusAndDetail(
				databaseAway ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR,
				"the import of " + s.file() + " stopped after " + (s.created() + s.updated() + s.unchanged())
						+ " rows, each batch written whole; it is recorded as failed. Upload the same file again"
						+ (databaseAway ? " once the database is back" : "")
						+ ": the import continues where it stopped, " + "without duplicates");
		problem.setTitle(databaseAway ? "Database unavailable" : "Import failed");
		problem.setProperty("importId", s.importId());
		problem.setProperty("status", s.status());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.errorCount() + " error(s) in the input; nothing was written");
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> Map.of("file", e.file(), "line", e.line(), "column", e.column() == null ? "" : e.column(),
							"reason", e.reason()))
					.toList());
		problem.setProperty("errorCount", ex.errorCount());
		return problem;
	}

}
