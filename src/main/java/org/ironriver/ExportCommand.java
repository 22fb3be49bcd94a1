package org.ironriver;

import org.ironriver.export.Rendered;

import org.ironriver.export.ExportFormat;

import org.ironriver.entity.NeighbourhoodService;

import org.ironriver.entity.NeighbourhoodExports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.SpringContexts;
import org.ironriver.paths.HopBound;
import org.ironriver.paths.PathExports;
import org.ironriver.paths.PathService;
import org.ironriver.paths.PathsAnswer;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ironriver export}: the same answers and downloads as the API's {@code format=}
 * parameter, written to a file or standard output, against the application's database
 * (the embedded store or {@code NEO4J_URI}).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
		"Export a path, trace, shortest-path or neighbourhood answer as a report or a subgraph.", "Examples:",
		"  ironriver export trace --from spragues-sports --country MX --format report-md --out trace.md",
		"  ironriver export paths --from spragues-sports --to MX --max-hops 5 --format graphml --out paths.graphml",
		"  ironriver export neighbourhood --entity mx-v-sw-dmass --format csv --out dmass.zip",
		"On NEO4J_URI the export only reads: the curated graph is loaded there only with --with-curated." },
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:exported", "1:failure (database unreachable, I/O)",
				"2:usage (bad option or value)", "3:an id that does not exist" })
public class ExportCommand implements Callable<Integer> {

	static final List<String> WHAT = List.of("paths", "trace", "shortest", "neighbourhood");

	@Parameters(index = "0", paramLabel = "WHAT", description = "paths, trace, shortest or neighbourhood")
	String what;

	@Option(names = "--from", description = "start entity id (paths, trace, shortest)")
	String from;

	@Option(names = "--to", description = "end entity id (paths, shortest)")
	String to;

	@Option(names = "--country", description = "destination country id (trace)")
	String country;

	@Option(names = "--entity", description = "centre entity id (neighbourhood)")
	String entity;

	@Option(names = "--max-hops", description = "hop bound, 1..6 (default 4)")
	Integer maxHops;

	@Option(names = "--as-of", description = "trace: only relationships valid on this date (YYYY-MM-DD)")
	String asOf;

	@Option(names = "--limit", description = "at most this many paths or neighbours")
	Integer limit;

	@Option(names = "--types", split = ",", description = "neighbourhood: relationship types")
	List<String> types;

	@Option(names = "--direction", description = "neighbourhood: out, in or both")
	String direction;

	@Option(names = "--per-hub-cap", description = "neighbourhood: neighbours per relationship type and direction")
	Integer perHubCap;

	@Option(names = "--format", defaultValue = "report-json",
			description = "report-json, report-md, json, csv (zip), graphml or cypher (default ${DEFAULT-VALUE})")
	String format;

	@Option(names = "--out", description = "output file (standard output when absent; required for csv)")
	Path out;

	@Option(names = "--with-curated",
			description = "load the curated graph first (on NEO4J_URI it is not loaded otherwise; the embedded store "
					+ "loads it as the application does)")
	boolean withCurated;

	@Override
	public Integer call() throws IOException {
		var exportFormat = validate();
		try (var context = SpringContexts.withoutWeb(withCurated)) {
			return write(context, exportFormat, System.out);
		}
	}

	/**
	 * Checks the command line before any database starts, so a usage error is immediate.
	 */
	ExportFormat validate() {
		try {
			if (!WHAT.contains(what)) {
				throw new IllegalArgumentException(
						"WHAT must be one of " + String.join(", ", WHAT) + ", was '" + what + "'");
			}
			switch (what) {
				case "paths", "shortest" -> require(from, "--from", to, "--to");
				case "trace" -> require(from, "--from", country, "--country");
				default -> require(entity, "--entity", entity, "--entity");
			}
			if (!what.equals("neighbourhood")) {
				HopBound.validate(maxHops);
			}
			var exportFormat = ExportFormat.parse(format);
			if (exportFormat == ExportFormat.CSV && out == null) {
				throw new IllegalArgumentException("--format csv writes a zip: give --out FILE");
			}
			return exportFormat;
		}
		catch (BadRequestException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

	private static void require(String a, String aName, String b, String bName) {
		if (a == null || a.isBlank()) {
			throw new IllegalArgumentException(aName + " is required");
		}
		if (b == null || b.isBlank()) {
			throw new IllegalArgumentException(bName + " is required");
		}
	}

	/**
	 * Runs the answer in {@code context} and writes it; an unknown id is exit code 3, a
	 * bad value 2.
	 */
	int write(ApplicationContext context, ExportFormat exportFormat, PrintStream stdout) throws IOException {
		Rendered rendered;
		try {
			rendered = switch (what) {
				case "paths" ->
					render(context, context.getBean(PathService.class).between(from, to, maxHops, limit), exportFormat);
				case "shortest" -> render(context,
						context.getBean(PathService.class).shortest(from, to, maxHops, limit), exportFormat);
				case "trace" -> render(context,
						context.getBean(PathService.class).trace(from, country, maxHops, asOf, limit), exportFormat);
				default -> context.getBean(NeighbourhoodExports.class)
					.render(context.getBean(NeighbourhoodService.class)
						.neighbourhood(entity, types, direction, limit, null, perHubCap), exportFormat);
			};
		}
		catch (NotFoundException ex) {
			System.err.println("ironriver: " + ex.getMessage());
			return ExitCodes.INVALID_INPUT;
		}
		catch (BadRequestException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		if (out == null) {
			stdout.write(rendered.bytes());
			stdout.flush();
		}
		else {
			if (out.toAbsolutePath().getParent() != null) {
				Files.createDirectories(out.toAbsolutePath().getParent());
			}
			Files.write(out, rendered.bytes());
			System.err
				.println("wrote " + out + " (" + rendered.bytes().length + " bytes, " + rendered.contentType() + ")");
		}
		return ExitCodes.OK;
	}

	private static Rendered render(ApplicationContext context, PathsAnswer answer, ExportFormat format) {
		return context.getBean(PathExports.class).render(answer, format);
	}

}
