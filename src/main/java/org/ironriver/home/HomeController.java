package org.ironriver.home;

import org.ironriver.browser.BrowserLink;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;

/** A landing page that says where everything is. */
@RestController
@Hidden
class HomeController {

	private final BrowserLink browser;

	HomeController(BrowserLink browser) {
		this.browser = browser;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home() {
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>ironriver</title>
				<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}
				code{background:#f3f3f3;padding:0 .2rem}</style></head>
				<body>
				<h1>ironriver</h1>
				<p>A knowledge graph of the flow of U.S. firearms to Mexico and the Caribbean: actors, flows and legal
				actions, with the evidence for every relationship.</p>
				<ul>
				<li><a href="/browser/connect">Neo4j Browser</a>, connected to the graph (%s) — try
				<code>MATCH p=(:Dealer {id:'spragues-sports'})-[*..5]-(:Country {id:'MX'}) RETURN p LIMIT 5</code></li>
				<li><a href="/swagger-ui.html">Swagger UI</a> and the <a href="/v3/api-docs">OpenAPI document</a></li>
				<li><a href="/api/search?q=Interstate%%20Arms">/api/search?q=Interstate Arms</a></li>
				<li><a href="/api/entities/spragues-sports">/api/entities/spragues-sports</a></li>
				<li><a href="/api/cases/mx-v-sw-dmass">/api/cases/mx-v-sw-dmass</a></li>
				</ul>
				</body></html>
				""".formatted(HtmlUtils
			.htmlEscape(browser.embedded() ? "embedded, through this application" : browser.boltUri().toString()));
	}

}
