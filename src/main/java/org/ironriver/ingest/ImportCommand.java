package org.ironriver.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ironriver.cli.CliErrors;
import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.SpringContexts;
import org.ironriver.database.EmbeddedDatabaseCondition;
import org.springframework.core.env.StandardEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ironriver import <kind> <file…>}: bulk import into the database the application
 * uses.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
		"Import files in bulk: ffl (ATF FFL listings; several months at once are imported in month order), facts "
				+ "(CSV or JSON Lines), trace (trace statistics CSV), ftm (FollowTheMoney JSON Lines). Plain or gzip.",
		"Every file is validated before anything is written. Writes to NEO4J_URI when set, else to the embedded store.",
		"On NEO4J_URI only the files are written: the curated graph is loaded there only with --with-curated." })
public class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "the kind of file: ffl, facts, trace or ftm")
	String kind;

	@Parameters(index = "1..*", arity = "1..*", description = "files to import")
	List<Path> files;

	@Option(names = "--skip-invalid",
			description = "write the valid rows; put the invalid ones, with reasons, in a reject file")
	boolean skipInvalid;

	@Option(names = "--reject-file", description = "where rejected rows go (default: <file>.rejects.tsv)")
	Path rejectFile;

	@Option(names = "--batch-size", defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE,
			description = "rows per transaction (default ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--source-url", description = "where the file was obtained, kept on its Source node")
	String sourceUrl;

	@Option(names = "--listing-month",
			description = "FFL only: the month listed (YYYY-MM) when the file name does not say")
	String listingMonth;

	@Option(names = "--writers", defaultValue = "2", description = "parallel writers (default ${DEFAULT-VALUE})")
	int writers;

	@Option(names = "--with-curated",
			description = "also load the curated graph (on NEO4J_URI it is not loaded otherwise; the embedded store "
					+ "loads it as the application does)")
	boolean withCurated;

	@Override
	public Integer call() {
		var importKind = ImportKind.parse(kind);
		for (var file : files) {
			if (!Files.isReadable(file)) {
				System.err.println("ironriver: cannot read " + file);
				return ExitCodes.USAGE;
			}
		}
		if (files.size() > 1 && rejectFile != null) {
			System.err
				.println("ironriver: --reject-file takes one input file; without it each file gets <file>.rejects.tsv");
			return ExitCodes.USAGE;
		}
		var options = new ImportOptions(skipInvalid, rejectFile, batchSize, sourceUrl, listingMonth, null, writers);
		var held = heldStoreMessage();
		if (held != null) {
			System.err.println("ironriver: " + held);
			return ExitCodes.FAILURE;
		}
		try (var context = SpringContexts.withoutWeb(withCurated)) {
			var service = context.getBean(ImportService.class);
			var refs = files.stream().map(f -> new ImportService.InputFileRef(f, f.toString())).toList();
			var summaries = service.importFiles(importKind, refs, options, Progress.console());
			summaries.forEach(s -> System.out.println(s.line()));
			return ExitCodes.OK;
		}
		catch (InvalidInputException ex) {
			System.err.println("ironriver: " + ex.errorCount() + " error(s), nothing was written:");
			ex.errors().stream().limit(50).forEach(e -> System.err.println("  " + e));
			if (ex.errorCount() > 50) {
				System.err.println("  … and " + (ex.errorCount() - 50) + " more");
			}
			if (!skipInvalid) {
				System.err.println("  (--skip-invalid writes the valid rows and puts the others in a reject file)");
			}
			return ExitCodes.INVALID_INPUT;
		}
		catch (RuntimeException ex) {
			System.err.println("ironriver: " + failureMessage(ex));
			return ExitCodes.FAILURE;
		}
	}

	/**
	 * Without NEO4J_URI the CLI opens the embedded store itself; a running ironriver
	 * holds that store and its Bolt port, so say how to write through it instead of
	 * failing on a store lock.
	 */
	public static String heldStoreMessage() {
		// NEO4J_URI as Spring reads it (a system property too), so the probe agrees with
		// the database the context will pick
		if (EmbeddedDatabaseCondition.external(new StandardEnvironment())) {
			return null;
		}
		return heldStoreMessage(System.getenv());
	}

	/** The same, with the environment given (the tests name a port of their own). */
	static String heldStoreMessage(Map<String, String> environment) {
		if (environment.get("NEO4J_URI") != null && !environment.get("NEO4J_URI").isBlank()) {
			return null;
		}
		int port = configuredBoltPort(environment);
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return heldStoreText(port);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The one line for a failure: a store lock (a running ironriver opened the store
	 * between the port probe and our start, or listens on another port) becomes the
	 * instruction to import through it.
	 */
	static String failureMessage(RuntimeException ex) {
		if (ex instanceof ImportFailedException failed) {
			var s = failed.summary();
			return "the import of " + s.file() + " stopped after " + (s.created() + s.updated() + s.unchanged())
					+ " rows (" + CliErrors.message(failed.getCause()).lines().findFirst().orElse("")
					+ "); every batch "
					+ "written is whole: run the same command again to continue it without duplicates";
		}
		var message = CliErrors.message(ex);
		return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("lock") ? heldStoreText()
				: String.valueOf(message).lines().findFirst().orElse("");
	}

	/**
	 * The port the serving ironriver was configured with, as this command would be:
	 * IRONRIVER_EMBEDDED_BOLT_PORT, else the default. Port 0 (a free one) cannot be
	 * guessed, so the message then says to look it up.
	 */
	static int configuredBoltPort(Map<String, String> environment) {
		var text = environment.get("IRONRIVER_EMBEDDED_BOLT_PORT");
		try {
			return text == null || text.isBlank() ? DEFAULT_BOLT_PORT : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return DEFAULT_BOLT_PORT;
		}
	}

	static final int DEFAULT_BOLT_PORT = 7687;

	static String heldStoreText() {
		return heldStoreText(configuredBoltPort(System.getenv()));
	}

	static String heldStoreText(int port) {
		var uri = port == 0 ? "bolt://localhost:<its Bolt port, in its start-up lines>" : "bolt://localhost:" + port;
		return "the embedded database is held by a running ironriver; import through it with " + "NEO4J_URI=" + uri
				+ " ironriver import …";
	}

}
