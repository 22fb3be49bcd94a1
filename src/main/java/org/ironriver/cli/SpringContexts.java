package org.ironriver.cli;

import org.ironriver.IronriverApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for subcommands: same configuration, same database selection (the
 * embedded store, or {@code NEO4J_URI}), schema and curated graph ensured, logs kept off the terminal.
 */
public final class SpringContexts {

	private SpringContexts() {
	}

	public static ConfigurableApplicationContext withoutWeb(String... args) {
		return new SpringApplicationBuilder(IronriverApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN", "logging.level.org.ironriver=WARN", "spring.main.banner-mode=off")
			.run(args);
	}
}
