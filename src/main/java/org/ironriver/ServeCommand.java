package org.ironriver;

import org.ironriver.cli.CliErrors;

import org.ironriver.cli.SpringContexts;

import org.ironriver.cli.ExitCodes;

import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the web application (REST API, Swagger UI, Neo4j Browser) until stopped. The
 * default subcommand.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the application: REST API, Swagger UI and Neo4j Browser on the graph.")
public class ServeCommand implements Callable<Integer> {

	@CommandLine.Unmatched
	String[] springArguments = {};

	@Override
	public Integer call() {
		return serve(springArguments);
	}

	int serve(String[] args) {
		try {
			new SpringApplicationBuilder(IronriverApplication.class).properties(SpringContexts.QUIET_FAILURES)
				.run(args);
			return ExitCodes.OK;
		}
		catch (RuntimeException ex) {
			System.err.println("ironriver: " + CliErrors.message(ex));
			return ExitCodes.FAILURE;
		}
	}

}
