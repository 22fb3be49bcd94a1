package org.ironriver.home;

import java.lang.management.ManagementFactory;

import org.ironriver.browser.BrowserLink;
import org.ironriver.curated.GraphReadiness;
import org.ironriver.security.SecurityMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where everything is once the graph is loaded and the web server listens. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final BrowserLink browser;

	private final ObjectProvider<SecurityMode> security;

	private final GraphReadiness graph;

	StartupReport(BrowserLink browser, ObjectProvider<SecurityMode> security, GraphReadiness graph) {
		this.browser = browser;
		this.security = security;
		this.graph = graph;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		var address = "localhost:" + web.getWebServer().getPort();
		var base = "http://" + address;
		var uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		log.info("""
				ironriver ready in {} s (JVM start to graph loaded and Browser served)
				  Home         {}/
				  API          {}/api/search?q=Interstate%20Arms
				  Swagger UI   {}/swagger-ui.html
				  Browser      {}{}
				  Bolt         {} ({})
				  Uploads      {}/api/imports/{kind} (editors)
				  Access       {}
				  Start-up     {}""", "%.1f".formatted(uptime), base, base, base, base, browser.path(address),
				browser.boltUri(),
				browser.embedded()
						? "embedded: its password is in the store directory; Browser goes through the application"
						: "external",
				base, security.getObject().describe(), describe(graph.checks()));
	}

	/**
	 * The graph's start-up checks, which ran beside the rest of the start (the benchmark
	 * prints the schema check from here).
	 */
	static String describe(GraphReadiness.Checks checks) {
		if (checks == null) {
			return "graph checks not run";
		}
		return "schema check %d ms (%d migrations applied), curated graph %s in %d ms".formatted(
				checks.schema().toMillis(), checks.migrationsApplied(), checks.curatedLoaded() ? "loaded" : "checked",
				checks.curated().toMillis());
	}

}
