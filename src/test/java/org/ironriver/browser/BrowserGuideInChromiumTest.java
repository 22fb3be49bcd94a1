package org.ironriver.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ironriver.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Neo4j Browser as an investigator meets it (issue 10, parts 4 and 5): opened through the
 * application's link it connects by itself, plays the ironriver guide, runs a query from
 * the guide with one click, and draws the answer in ironriver's style (a Dealer in the
 * Dealer colour, captioned by name) — and the page asks nothing of any host but the
 * application. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}" })
class BrowserGuideInChromiumTest {

	static ChromeDriver chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium::missing);
		chromium = HeadlessChromium.start();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.quit();
		}
	}

	@Test
	void browser_plays_the_guide_at_connect_runs_its_trace_in_ironriver_style_and_reaches_no_other_host()
			throws Exception {
		var requested = new ArrayList<String>();
		chromium.get("http://localhost:" + port + "/browser/connect");
		var wait = new WebDriverWait(chromium, Duration.ofSeconds(90));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You are connected to"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"ironriver: the iron river in a graph"));
		assertThat(chromium.findElement(By.tagName("body")).getText()).doesNotContain("usage data");
		screenshot("browser-guide.png");

		// Slide 5: tracing an Arizona dealer to Mexico.
		for (int i = 0; i < 4; i++) {
			chromium.findElement(By.cssSelector(".next-slide")).click();
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Tracing an Arizona dealer to Mexico"));
		var blocks = chromium.findElements(By.cssSelector("pre.runnable"));
		var params = blocks.stream().filter(b -> b.getText().contains(":param ")).findFirst().orElseThrow();
		assertThat(params.getText()).contains(":param from => 'spragues-sports';", ":param country => 'MX';",
				":param asOf => null;", ":param limit => 25;");
		run(params);
		// Browser runs the :param lines one after another, each a round trip to the
		// database.
		try {
			wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[title='Status: success']"), 4));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("browser-guide-params-failed.png");
			Files.writeString(Path.of("target/screenshots/browser-guide-params-failed.html"), chromium.getPageSource());
			throw ex;
		}
		var trace = blocks.stream().filter(b -> b.getText().contains("MATCH p = ")).findFirst().orElseThrow();
		run(trace);

		// The graph view: the dealer drawn in the Dealer colour of ironriver's style,
		// captioned by its name.
		try {
			wait.until(d -> !dealerNodes().isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("browser-guide-trace-failed.png");
			Files.writeString(Path.of("target/screenshots/browser-guide-trace-failed.html"), chromium.getPageSource());
			throw ex;
		}
		screenshot("browser-guide-trace.png");
		var dealer = dealerNodes().get(0);
		var colour = java.awt.Color.decode(BrowserStyle.COLOURS.get(org.ironriver.model.NodeType.DEALER));
		// Browser draws a ring (no fill) and the node's disc in each node group.
		assertThat(dealer.findElements(By.cssSelector("circle")).stream().map(c -> c.getCssValue("fill")))
			.contains("rgb(" + colour.getRed() + ", " + colour.getGreen() + ", " + colour.getBlue() + ")");

		requested.addAll(HeadlessChromium.requestedUrls(chromium));
		assertThat(requested).isNotEmpty();
		var application = List.of("http://localhost:" + port + "/", "ws://localhost:" + port);
		assertThat(requested).allSatisfy(url -> assertThat(application.stream().anyMatch(url::startsWith))
			.as("a request outside the application: " + url)
			.isTrue());
	}

	/** Browser's nodes whose caption is a dealer's name. */
	private List<WebElement> dealerNodes() {
		return chromium.findElements(By.cssSelector("svg g.node"))
			.stream()
			.filter(node -> node.getText().contains("Sprague") || node.getAttribute("textContent").contains("Sprague"))
			.toList();
	}

	/** Clicks the play icon Browser puts in front of a runnable block of a guide. */
	private static void run(WebElement block) {
		block.findElement(By.cssSelector("i")).click();
	}

	private static void screenshot(String name) throws Exception {
		var folder = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(folder.resolve(name), chromium.getScreenshotAs(OutputType.BYTES));
	}

}
