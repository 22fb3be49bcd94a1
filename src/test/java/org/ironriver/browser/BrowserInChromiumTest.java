package org.ironriver.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ironriver.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Neo4j Browser, in headless Chromium, opened through the application's link: it
 * connects by itself (through the Bolt gateway, with no password typed) and runs a query.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}" })
class BrowserInChromiumTest {

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
	void browser_opened_from_the_application_connects_by_itself_and_runs_a_query() throws Exception {
		chromium.get("http://localhost:" + port + "/browser/connect");
		var wait = new WebDriverWait(chromium, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You are connected to"));
		assertThat(chromium.findElement(By.tagName("body")).getText()).contains("bolt://localhost:" + port);

		var editor = chromium.findElement(By.cssSelector("textarea"));
		editor.sendKeys("MATCH (d:Dealer {id: 'spragues-sports'}) RETURN d.name AS dealer");
		editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Sprague's Sports, Inc."));
		screenshot("browser-connected-through-the-gateway.png");
	}

	private static void screenshot(String name) throws Exception {
		var folder = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(folder.resolve(name), chromium.getScreenshotAs(OutputType.BYTES));
	}

}
