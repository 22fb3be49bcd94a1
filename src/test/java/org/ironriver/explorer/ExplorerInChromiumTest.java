package org.ironriver.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer as a person uses it, in headless Chromium against the real application and
 * its own embedded database: search, open an entity, read a hop's evidence, trace a
 * dealer to Mexico, find the dossier, read the disagreements. Every page is checked by
 * axe-core at its default rules, and Chrome's own network log must show no request that
 * left the application. The targets (interactive after navigation, 50 four-hop paths
 * drawn, a 10,000-neighbour hub expanded without a long task) are measured and printed,
 * not asserted: timing in a shared test run is not a pass/fail figure. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}", "ironriver.limits.rate-limit-per-minute=0" })
class ExplorerInChromiumTest {

	static final int HUB_NEIGHBOURS = 10_000;

	static final int PATH_COUNT = 50;

	static ChromeDriver chromium;

	static boolean fixturesWritten;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jSessions sessions;

	@BeforeAll
	static void start() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium::missing);
		chromium = HeadlessChromium.start(options -> {
			var logs = new LoggingPreferences();
			logs.enable(LogType.PERFORMANCE, Level.ALL);
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
		});
		// Long tasks are collected from the first script on, in every page the browser
		// opens.
		chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.__longTasks = [];
				new PerformanceObserver(list => list.getEntries().forEach(e => window.__longTasks.push(e.duration)))
				  .observe({type: 'longtask', buffered: true});
				"""));
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.quit();
		}
	}

	/**
	 * A hub with 10,000 dealers and 50 disjoint four-hop paths, written with Cypher into
	 * this test's own database.
	 */
	@BeforeEach
	void writeFixtures() {
		if (fixturesWritten) {
			return;
		}
		try (var session = sessions.driver().session()) {
			session.executeWrite(tx -> {
				tx.run("""
						MERGE (s:Source {id: 'src-explorer-test'})
						SET s.title = 'Explorer test fixture', s.kind = 'dataset', s.publisher = 'ironriver tests'
						MERGE (hub:Entity:Distributor {id: 'explorer-hub'}) SET hub.name = 'Explorer test hub'
						WITH hub
						UNWIND range(1, $count) AS i
						MERGE (d:Entity:Dealer {id: 'explorer-hub-dealer-' + i}) SET d.name = 'Test dealer ' + i
						MERGE (hub)-[r:SUPPLIES]->(d)
						SET r.sources = ['src-explorer-test'], r.confidence = 0.5
						""", Map.of("count", HUB_NEIGHBOURS)).consume();
				tx.run("""
						MERGE (a:Entity:Dealer {id: 'explorer-path-start'}) SET a.name = 'Path start dealer'
						MERGE (b:Entity:Country {id: 'explorer-path-end'}) SET b.name = 'Path end country'
						WITH a, b
						UNWIND range(1, $count) AS i
						MERGE (x:Entity:Place {id: 'explorer-path-x' + i}) SET x.name = 'City ' + i
						MERGE (y:Entity:Place {id: 'explorer-path-y' + i}) SET y.name = 'County ' + i
						MERGE (z:Entity:Place {id: 'explorer-path-z' + i}) SET z.name = 'Region ' + i
						MERGE (a)-[r1:LOCATED_IN]->(x) SET r1.sources = ['src-explorer-test'], r1.confidence = 0.9
						MERGE (x)-[r2:PART_OF]->(y) SET r2.sources = ['src-explorer-test'], r2.confidence = 0.9
						MERGE (y)-[r3:PART_OF]->(z) SET r3.sources = ['src-explorer-test'], r3.confidence = 0.9
						MERGE (z)-[r4:PART_OF]->(b) SET r4.sources = ['src-explorer-test'], r4.confidence = 0.9
						""", Map.of("count", PATH_COUNT)).consume();
				return null;
			});
		}
		fixturesWritten = true;
	}

	@Test
	void a_person_searches_opens_an_entity_reads_a_hops_evidence_traces_it_to_mexico_and_finds_the_dossier()
			throws Exception {
		open("/");
		System.out.printf("explorer: interactive %.0f ms after navigation (target <= 1,000 ms)%n",
				mark("explorer-interactive"));
		assertAccessible("home");

		var search = chromium.findElement(By.id("search-input"));
		search.sendKeys("Sprague");
		search.sendKeys(Keys.ENTER);
		var hit = wait(60).until(ExpectedConditions
			.elementToBeClickable(By.xpath("//ul[@class='hits']//a[contains(., \"Sprague's Sports\")]")));
		assertThat(chromium.getCurrentUrl()).endsWith("/search?q=Sprague");
		screenshot("explorer-search.png");
		assertAccessible("search");
		hit.click();

		wait(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sprague's Sports"));
		assertThat(chromium.getCurrentUrl()).endsWith("/entities/spragues-sports");
		ready();
		var defendant = chromium.findElement(By.cssSelector("details.group[data-type='DEFENDANT_IN']"));
		assertThat(defendant.getText()).contains("Diamondback");
		graphReady();
		chromium.executeScript("document.getElementById('graph-heading').scrollIntoView()");
		screenshot("explorer-entity-graph.png");
		chromium.executeScript("window.scrollTo(0, 0)");
		screenshot("explorer-entity.png");
		assertAccessible("entity");

		defendant.findElement(By.cssSelector("button.evidence-button")).click();
		var dialog = wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-dialog")));
		var evidence = dialog.getText();
		assertThat(evidence).contains("DEFENDANT_IN")
			.contains("The Government of Mexico files a second lawsuit")
			.contains("Secretaría de Relaciones Exteriores")
			// The SRE's press release is dated "2022-10" in the source: shown so, not as
			// its
			// first day.
			.contains("published 2022-10")
			.doesNotContain("2022-10-01")
			// the release's list of the companies being sued, quoted
			.contains("(v) Sprague's Sports, Inc. (Yuma)");
		// shown as a quote block (its quotation marks are the stylesheet's, not text)
		assertThat(dialog.findElements(By.cssSelector("blockquote.quote"))).isNotEmpty();
		assertThat(dialog.findElements(By.cssSelector("a[href^='https://www.gob.mx/']"))).isNotEmpty();
		screenshot("explorer-evidence.png");
		assertAccessible("evidence dialog");
		dialog.sendKeys(Keys.ESCAPE);
		wait(10).until(ExpectedConditions.invisibilityOf(dialog));

		var dossier = chromium.findElement(By.cssSelector("a.dossier"));
		assertThat(dossier.getDomAttribute("href")).isEqualTo("/api/entities/spragues-sports/dossier?format=html");
		assertThat(chromium.findElements(By.cssSelector("a.dossier"))).extracting(e -> e.getDomAttribute("href"))
			.contains("/api/entities/spragues-sports/dossier?format=md",
					"/api/entities/spragues-sports/dossier?format=pdf");
		// The dossier endpoint is another change's; until it lands this prints 404.
		System.out.println("explorer: the dossier link answers " + status(dossier.getDomAttribute("href")));

		chromium.findElement(By.linkText("Trace to Mexico")).click();
		var results = wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-paths-drawn]")));
		assertThat(chromium.getCurrentUrl()).endsWith("/trace?from=spragues-sports&country=MX");
		assertThat(Integer.parseInt(results.getDomAttribute("data-paths-drawn"))).isPositive();
		var firstPath = chromium.findElement(By.cssSelector("ol.paths > li"));
		assertThat(firstPath.getText()).contains("Sprague's Sports").contains("Mexico");
		// Statistics about the dealer's places are listed apart from the paths, each
		// with its caveat, never as a path.
		assertThat(chromium.findElements(By.cssSelector("ol.paths > li")))
			.noneSatisfy(path -> assertThat(path.getText()).contains("ORIGIN_OF"));
		var context = chromium.findElements(By.cssSelector("section.trace-context ol.context-list > li"));
		assertThat(context).isNotEmpty()
			.allSatisfy(statistic -> assertThat(statistic.getText()).contains("Caveat: ").contains("ORIGIN_OF"));
		firstPath.findElement(By.cssSelector("button.evidence-button")).click();
		dialog = wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-dialog")));
		assertThat(dialog.getText()).contains("Confidence").containsPattern("Source|sources");
		dialog.sendKeys(Keys.ESCAPE);
		wait(10).until(ExpectedConditions.invisibilityOf(dialog));
		screenshot("explorer-trace.png");
		assertAccessible("trace");
		var report = chromium.findElement(By.cssSelector(".downloads a[href*='format=report-md']"))
			.getDomAttribute("href");
		assertThat(report).startsWith("/api/trace?");
		var reportAnswer = get(report);
		assertThat(reportAnswer.statusCode()).isEqualTo(200);
		assertThat(reportAnswer.body()).contains("Sprague");

		open("/disagreements");
		assertThat(chromium.findElements(By.cssSelector(".sides"))).isNotEmpty();
		assertThat(chromium.findElement(By.cssSelector(".sides")).findElements(By.cssSelector(".side"))).hasSize(2);
		screenshot("explorer-disagreements.png");
		assertAccessible("disagreements");

		assertNoRequestLeftTheApplication();
	}

	@Test
	void an_unknown_entity_is_a_clear_not_found_with_status_404() throws Exception {
		assertThat(get("/entities/no-such-entity").statusCode()).isEqualTo(404);
		assertThat(get("/entities/spragues-sports").statusCode()).isEqualTo(200);
		open("/entities/no-such-entity");
		assertThat(chromium.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		assertThat(chromium.findElement(By.id("view")).getText()).contains("no-such-entity");
		assertAccessible("not found");
	}

	@Test
	void a_four_hop_view_with_fifty_paths_is_drawn_with_every_hop_clickable() throws Exception {
		var view = "/paths?from=explorer-path-start&to=explorer-path-end&maxHops=4&limit=" + PATH_COUNT;
		// The first navigation warms the server's query and the browser's cache; the
		// second is the one measured.
		for (var run : List.of("first (cold)", "second")) {
			open(view);
			wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-paths-drawn]")));
			System.out
				.printf("explorer: %d four-hop paths, %s navigation: answer %.0f ms, drawn %.0f ms after navigation "
						+ "(target <= 1,000 ms)%n", PATH_COUNT, run, mark("paths-answered"), mark("paths-drawn"));
		}
		var results = chromium.findElement(By.cssSelector("[data-paths-drawn]"));
		assertThat(results.getDomAttribute("data-paths-drawn")).isEqualTo(String.valueOf(PATH_COUNT));
		assertThat(chromium.findElements(By.cssSelector("ol.paths > li"))).hasSize(PATH_COUNT);
		assertThat(chromium.findElements(By.cssSelector("ol.paths button.evidence-button"))).hasSize(PATH_COUNT * 4);
		var nodes = ((Number) chromium
			.executeScript("return document.getElementById('paths-graph') && window.cytoscape ? "
					+ "document.querySelectorAll('#paths-graph canvas').length : -1"))
			.intValue();
		assertThat(nodes).isPositive();
		chromium.findElement(By.cssSelector("ol.paths > li button[aria-pressed]")).click();
		screenshot("explorer-paths.png");
		assertAccessible("paths");
	}

	@Test
	void expanding_a_hub_of_ten_thousand_neighbours_pages_it_and_keeps_the_page_responsive() throws Exception {
		open("/entities/explorer-hub");
		graphReady();
		var panel = chromium.findElement(By.cssSelector(".graph-panel"));
		assertThat(panel.getText()).contains("50 of 10,000 neighbours loaded");
		chromium.executeScript("window.__longTasks = []");
		int pages = 6;
		for (int page = 2; page <= pages; page++) {
			panel.findElement(By.cssSelector("button.expand")).click();
			var loaded = page * 50;
			wait(60).until(ExpectedConditions.textToBePresentInElement(panel,
					"%,d of 10,000 neighbours loaded".formatted(loaded)));
		}
		var longTasks = ((List<?>) chromium.executeScript("return window.__longTasks")).stream()
			.map(d -> ((Number) d).doubleValue())
			.toList();
		var longest = longTasks.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		System.out.printf("explorer: expanding a %,d-neighbour hub %d pages of 50: %d long tasks, the longest %.0f ms "
				+ "(target: none over 200 ms)%n", HUB_NEIGHBOURS, pages - 1, longTasks.size(), longest);
		var drawn = ((Number) chromium.executeScript("return document.querySelectorAll('.groups tbody tr').length"))
			.intValue();
		assertThat(drawn).as("the relationship list shows a page per group, not the hub's 500 rows").isLessThan(100);
		screenshot("explorer-hub.png");
	}

	/**
	 * Two listings of one licensee (the same licence number, name and premises), judged
	 * Same with a reason, listed, undone, and a candidate again. Local single-user mode
	 * gives the browser's user every role, so the page may judge.
	 */
	@Test
	void a_reviewer_judges_a_candidate_pair_same_sees_it_listed_undoes_it_and_sees_the_pair_again() throws Exception {
		try (var session = sessions.driver().session()) {
			session.executeWrite(tx -> tx.run("""
					UNWIND ['explorer-res-a', 'explorer-res-b'] AS id
					CREATE (:Entity:Dealer {id: id, name: CASE id WHEN 'explorer-res-a' THEN 'ZEPHYR TEST ARMS INC'
					        ELSE 'Zephyr Test Arms, Inc.' END, licenceNumber: '9-86-019-01-8K-07771',
					        premisesStreet: '1 MAIN ST', premisesZip: '85701', premises: '1 MAIN ST, TUCSON, AZ 85701',
					        origin: 'test-explorer'})
					""").consume());
		}
		try {
			var pair = By.cssSelector("li.candidate[data-left='explorer-res-a'][data-right='explorer-res-b'], "
					+ "li.candidate[data-left='explorer-res-b'][data-right='explorer-res-a']");
			open("/");
			chromium.findElement(By.cssSelector("header nav a[href='/resolution']")).click();
			wait(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Resolution"));
			ready();
			open("/resolution?type=Dealer&threshold=0.95&offset=0");
			assertThat(chromium.findElement(By.id("resolution-threshold")).getDomProperty("value")).isEqualTo("0.95");
			var candidate = chromium.findElement(pair);
			assertThat(candidate.getText()).contains("ZEPHYR TEST ARMS INC")
				.contains("Zephyr Test Arms, Inc.")
				.contains("licenceNumber")
				.contains("+0.6")
				.contains("score 1");
			assertThat(candidate.findElements(By.cssSelector("a[href='/entities/explorer-res-a']"))).isNotEmpty();
			assertThat(candidate.findElements(By.cssSelector(".features tbody tr")).size()).isGreaterThanOrEqualTo(2);
			chromium.executeScript("arguments[0].scrollIntoView()", candidate);
			screenshot("explorer-resolution.png");
			assertAccessible("resolution");

			candidate.findElement(By.cssSelector("input[name='why']")).sendKeys("One licence number, one address");
			candidate.findElement(By.xpath(".//button[.='Same']")).click();
			wait(30).until(ExpectedConditions
				.textToBePresentInElement(candidate.findElement(By.cssSelector(".judgement-status")), "Judged: same"));
			assertThat(candidate.getText()).contains("One licence number, one address");
			assertAccessible("resolution, judged");

			open("/resolution/judgements");
			var row = chromium
				.findElement(By.xpath("//tr[contains(@class,'judgement')][contains(., 'explorer-res-a')]"));
			assertThat(row.getText()).contains("explorer-res-b").contains("same").contains("One licence number");
			assertAccessible("judgements");
			row.findElement(By.cssSelector("button.undo")).click();
			wait(30).until(ExpectedConditions.textToBePresentInElement(row, "Undone"));

			open("/resolution?type=Dealer&threshold=0.95");
			assertThat(chromium.findElements(pair)).hasSize(1);
			assertNoRequestLeftTheApplication();
		}
		finally {
			try (var session = sessions.driver().session()) {
				session.executeWrite(tx -> {
					tx.run("MATCH (j:Judgement) WHERE j.left STARTS WITH 'explorer-res-' DELETE j").consume();
					tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'explorer-res-' DETACH DELETE n").consume();
					return null;
				});
			}
		}
	}

	private void open(String path) {
		chromium.get(base() + path);
		ready();
	}

	private void ready() {
		wait(60).until(driver -> "true".equals(view().getDomAttribute("data-ready")));
	}

	/**
	 * Waits for the entity page's graph; on a timeout the failure says what the page and
	 * its console said.
	 */
	private void graphReady() {
		try {
			wait(60).until(driver -> "true".equals(view().getDomAttribute("data-graph-ready")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			var console = chromium.manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.map(e -> e.getMessage())
				.toList();
			throw new AssertionError("the graph did not load; page: " + view().getText() + "\nconsole: " + console, ex);
		}
	}

	private WebElement view() {
		return chromium.findElement(By.id("view"));
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static WebDriverWait wait(int seconds) {
		return new WebDriverWait(chromium, Duration.ofSeconds(seconds));
	}

	/** When a performance mark was set, in milliseconds after the navigation started. */
	private static double mark(String name) {
		var value = chromium.executeScript(
				"const m = performance.getEntriesByName(arguments[0]); return m.length ? m[0].startTime : -1", name);
		return ((Number) value).doubleValue();
	}

	/** axe-core (its WebJar) in the page, at its default rules: no violation. */
	private static void assertAccessible(String page) throws IOException {
		var axe = new ClassPathResource("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")
			.getContentAsString(StandardCharsets.UTF_8);
		chromium.executeScript(axe);
		var result = (String) chromium.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,
				  help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))), e => done('error: ' + e));
				""");
		assertThat(result).as("axe-core violations on the " + page + " page").isEqualTo("[]");
	}

	/**
	 * Every request the browser sent over the network since it started, from Chrome's
	 * DevTools Network events: all to this application.
	 */
	private void assertNoRequestLeftTheApplication() {
		var network = HeadlessChromium.requestedUrls(chromium);
		var outside = network.stream()
			.filter(url -> !url.startsWith(base() + "/") && !url.startsWith("ws://localhost:" + port + "/"))
			.toList();
		System.out.println(
				"explorer: " + network.size() + " network requests, " + outside.size() + " outside the application");
		assertThat(network).isNotEmpty();
		assertThat(outside).isEmpty();
	}

	private int status(String path) throws Exception {
		return get(path).statusCode();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void screenshot(String name) throws Exception {
		var folder = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(folder.resolve(name), chromium.getScreenshotAs(OutputType.BYTES));
	}

}
