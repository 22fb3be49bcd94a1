package org.ironriver;

import org.ironriver.cli.SpringContexts;

import org.ironriver.cli.CliErrors;

import org.ironriver.cli.ExitCodes;

import java.util.concurrent.Callable;

import org.ironriver.bench.LoadBenchmarkCommand;
import org.ironriver.bench.ResolutionBenchmarkCommand;
import org.ironriver.bench.TraceBenchmarkCommand;
import org.ironriver.analyst.CypherCommand;
import org.ironriver.ingest.ImportCommand;
import org.ironriver.ingest.ftm.FtmExportCommand;
import org.ironriver.ingest.synthetic.SyntheticData;
import org.ironriver.analyst.QueryCommand;
import org.ironriver.resolution.ResolveCommand;
import org.ironriver.security.CredentialCommands;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one executable entry point. Without a subcommand it serves the application; the
 * other subcommands do what a terminal user does against the same database the
 * application uses.
 */
@Command(name = "ironriver", mixinStandardHelpOptions = true, version = "ironriver 0.1.0",
		description = "Knowledge graph of the flow of U.S. firearms to Mexico and the Caribbean.",
		// In the order a user meets them; the benchmarks (bench-trace, bench-load) are
		// hidden.
		subcommands = { ServeCommand.class, QueryCommand.class, CypherCommand.class, ExportCommand.class,
				ImportCommand.class, ResolveCommand.class, FtmExportCommand.class, SyntheticData.class,
				CredentialCommands.HashPassword.class, CredentialCommands.NewApiKey.class, TraceBenchmarkCommand.class,
				LoadBenchmarkCommand.class, ResolutionBenchmarkCommand.class, CommandLine.HelpCommand.class })
public class IronriverCommand implements Callable<Integer> {

	@CommandLine.Unmatched
	String[] springArguments = {};

	@Override
	public Integer call() {
		return new ServeCommand().serve(springArguments);
	}

	/** Parses and runs; errors are one line on stderr and a non-zero exit code. */
	public static int run(String... args) {
		SpringContexts.application(IronriverApplication.class);
		var commandLine = new CommandLine(new IronriverCommand());
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("ironriver: " + CliErrors.message(ex));
			return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILURE;
		});
		return commandLine.execute(args);
	}

}
