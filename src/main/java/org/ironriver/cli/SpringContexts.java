package org.ironriver.cli;

import java.util.Objects;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for subcommands: same configuration, same
 * database selection (the embedded store, or {@code NEO4J_URI}), schema and curated graph
 * ensured, logs kept off the terminal.
 *
 * <p>
 * The application class is handed in by the composition root ({@code IronriverCommand})
 * before any subcommand runs, so that a feature's command never names the application:
 * the root lists the features, and a feature that named the root back would close a
 * package cycle.
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
	public static final String[] QUIET_FAILURES = { "logging.level.org.springframework.boot.diagnostics=OFF",
			"logging.level.org.springframework.boot.SpringApplication=OFF",
			"logging.level.org.springframework.boot.web.server.servlet.context=ERROR",
			"logging.level.org.springframework.boot.autoconfigure.logging=WARN",
			"logging.level.org.springframework.context=ERROR" };

	private static volatile Class<?> application;

	private SpringContexts() {
	}

	/**
	 * Called once by the composition root with the {@code @SpringBootApplication} class.
	 */
	public static void application(Class<?> primarySource) {
		application = Objects.requireNonNull(primarySource, "primarySource");
	}

	public static ConfigurableApplicationContext withoutWeb(String... args) {
		var primarySource = application;
		if (primarySource == null) {
			throw new IllegalStateException("no application class: run commands through IronriverCommand");
		}
		return new SpringApplicationBuilder(primarySource).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(QUIET_FAILURES)
			.properties("logging.level.root=WARN", "logging.level.org.ironriver=WARN", "spring.main.banner-mode=off")
			.run(args);
	}

}
