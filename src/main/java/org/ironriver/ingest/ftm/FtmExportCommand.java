package org.ironriver.ingest.ftm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ironriver.cli.CliErrors;
import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.SpringContexts;
import org.ironriver.ingest.ImportCommand;
import org.ironriver.database.Neo4jSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ironriver ftm-export <file>}: the graph's actors, lawsuits and their
 * relationships as FollowTheMoney JSON Lines.
 */
@Command(name = "ftm-export", mixinStandardHelpOptions = true,
		description = "Export actors, lawsuits and the relationships between them as FollowTheMoney JSON Lines (for Aleph, OpenAleph, OpenSanctions tools).")
public class FtmExportCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "the file to write (- for standard output)")
	String file;

	@Override
	public Integer call() {
		var held = ImportCommand.heldStoreMessage();
		if (held != null) {
			System.err.println("ironriver: " + held.replace("ironriver import", "ironriver ftm-export"));
			return ExitCodes.FAILURE;
		}
		try (var context = SpringContexts.withoutWeb();
				var out = file.equals("-")
						? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
						: Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
			var counts = new FtmExporter(context.getBean(Neo4jSessions.class)).export(out);
			System.err.printf("ftm-export: %,d entities, %,d documents (sources) and %,d relationships written to %s%n",
					counts.entities(), counts.documents(), counts.intervals(), file);
			return ExitCodes.OK;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("ironriver: " + CliErrors.message(ex));
			return ExitCodes.FAILURE;
		}
	}

}
