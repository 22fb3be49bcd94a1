package org.ironriver.cli;

import java.util.Arrays;
import java.util.Objects;

import org.ironriver.database.EmbeddedDatabaseCondition;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

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
 * The curated graph: on the embedded store (the application's own, which loads it at
 * every start) a subcommand starts as the application would, following
 * {@code ironriver.curated.enabled}; on an external database ({@code NEO4J_URI}) it loads
 * nothing that was not asked for, so {@code import} or {@code query} against a server
 * whose application runs with the curated graph off leaves it off. A command's
 * {@code --with-curated} loads it in either case.
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
		return withoutWeb(false, args);
	}

	/**
	 * As {@link #withoutWeb(String...)}, loading the curated graph when
	 * {@code withCurated}, whichever the database.
	 */
	public static ConfigurableApplicationContext withoutWeb(boolean withCurated, String... args) {
		var primarySource = application;
		if (primarySource == null) {
			throw new IllegalStateException("no application class: run commands through IronriverCommand");
		}
		return new SpringApplicationBuilder(primarySource).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(QUIET_FAILURES)
			.properties("logging.level.root=WARN", "logging.level.org.ironriver=WARN", "spring.main.banner-mode=off")
			.run(withCuratedChoice(withCurated, args, environment(args)));
	}

	static final String CURATED = "ironriver.curated.enabled";

	/**
	 * The arguments with the curated graph's setting for a subcommand (see the class
	 * comment); arguments that set it themselves (the benchmarks, on stores of their own)
	 * are kept as they are.
	 */
	static String[] withCuratedChoice(boolean withCurated, String[] args, PropertyResolver environment) {
		if (Arrays.stream(args).anyMatch(a -> a.startsWith("--" + CURATED + "="))) {
			return args;
		}
		String choice;
		if (withCurated) {
			choice = "true";
		}
		else if (EmbeddedDatabaseCondition.external(environment)) {
			choice = "false";
		}
		else {
			return args;
		}
		var chosen = Arrays.copyOf(args, args.length + 1);
		chosen[args.length] = "--" + CURATED + "=" + choice;
		return chosen;
	}

	/**
	 * Where {@code NEO4J_URI} is looked up, in Spring's order: the arguments, then system
	 * properties, then the environment.
	 */
	private static PropertyResolver environment(String[] args) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return environment;
	}

}
