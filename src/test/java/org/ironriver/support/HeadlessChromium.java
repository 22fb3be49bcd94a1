package org.ironriver.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (installed by {@code .ci/run}), headless, with a
 * fresh profile and none of the browser's own background traffic. A tool's own browser
 * download cannot be fetched on our machines, so the tests use these or skip, saying why.
 */
public final class HeadlessChromium {

	static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private HeadlessChromium() {
	}

	public static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	public static String missing() {
		return "no Chromium at " + BROWSER + " with chromedriver at " + DRIVER
				+ " (apt-get install chromium chromium-driver; .ci/run does)";
	}

	public static ChromeDriver start() throws java.io.IOException {
		return start(options -> {
		});
	}

	/**
	 * The same browser with more options, e.g. Chrome's performance log, whose DevTools
	 * Network events show every request a page made (whatever the Chromium version,
	 * unlike Selenium's versioned DevTools bindings).
	 */
	public static ChromeDriver start(java.util.function.Consumer<ChromeOptions> more) throws java.io.IOException {
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900",
				"--user-data-dir=" + Files.createTempDirectory("ironriver-chromium"));
		// Chromium's DevTools Network events, read back through the performance log: what
		// a page requested.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
		more.accept(options);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Every URL the pages of this session requested (DevTools {@code Network} events:
	 * requests, WebSockets) since the last call, in order, but those that reach no host:
	 * the browser's own pages (its new-tab page, {@code chrome://}, may load at any time
	 * after start) and {@code data:} or {@code blob:} URLs.
	 */
	public static java.util.List<String> requestedUrls(ChromeDriver chromium) {
		return allRequestedUrls(chromium).stream().filter(url -> !BROWSER_INTERNAL.matcher(url).lookingAt()).toList();
	}

	private static final java.util.regex.Pattern BROWSER_INTERNAL = java.util.regex.Pattern
		.compile("(?i)(chrome|chrome-untrusted|chrome-search|devtools|about|data|blob):");

	private static java.util.List<String> allRequestedUrls(ChromeDriver chromium) {
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		var urls = new java.util.ArrayList<String>();
		for (var entry : chromium.manage().logs().get("performance")) {
			var message = json.readTree(entry.getMessage()).path("message");
			var method = message.path("method").asString("");
			var params = message.path("params");
			if (method.equals("Network.requestWillBeSent")) {
				urls.add(params.path("request").path("url").asString());
			}
			else if (method.equals("Network.webSocketCreated")) {
				urls.add(params.path("url").asString());
			}
		}
		return urls;
	}

}
