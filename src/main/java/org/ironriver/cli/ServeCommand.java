package org.ironriver.cli;

import java.util.concurrent.Callable;

import org.ironriver.IronriverApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the web application (REST API, Swagger UI, Neo4j Browser) until stopped. The default subcommand. */
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
		// Boot's failure analyzers already print one clear report; the exit code is what is left to set.
		try {
			SpringApplication.run(IronriverApplication.class, args);
			return ExitCodes.OK;
		}
		catch (RuntimeException ex) {
			return ExitCodes.FAILURE;
		}
	}
}
