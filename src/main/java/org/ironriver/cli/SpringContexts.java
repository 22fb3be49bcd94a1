package org.ironriver.cli;

import org.ironriver.IronriverApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for subcommands: same configuration, same
 * database selection (the embedded store, or {@code NEO4J_URI}), schema and curated graph
 * ensured, logs kept off the terminal.
 *
 * <p>
 * A failed start is reported by the subcommand as one line ({@link CliErrors}); Spring's
 * own multi-line failure report is switched off here so that it does not bury that line.
 */
public final class SpringContexts {

	/**
	 * Spring's failure report, "Application run failed" stack trace, refresh-cancelled
	 * warning and condition report hint, which the commands replace by one line.
	 */
	static final String[] QUIET_FAILURES = { "logging.level.org.springframework.boot.diagnostics=OFF",
			"logging.level.org.springframework.boot.SpringApplication=OFF",
			"logging.level.org.springframework.boot.web.server.servlet.context=ERROR",
			"logging.level.org.springframework.boot.autoconfigure.logging=WARN",
			"logging.level.org.springframework.context=ERROR" };

	private SpringContexts() {
	}

	public static ConfigurableApplicationContext withoutWeb(String... args) {
		return new SpringApplicationBuilder(IronriverApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(QUIET_FAILURES)
			.properties("logging.level.root=WARN", "logging.level.org.ironriver=WARN", "spring.main.banner-mode=off")
			.run(args);
	}

}
