package org.ironriver.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves Neo4j Browser (the static files of {@code org.neo4j.client:neo4j-browser}) at
 * {@code /browser/}. Browser connects from the user's web browser straight to the
 * database over Bolt/WebSocket, so no Neo4j web server runs.
 */
@Controller
@Hidden
class BrowserController {

	private final BrowserLink link;

	private final String page;

	BrowserController(BrowserLink link) throws IOException {
		this.link = link;
		var index = new ClassPathResource("browser/index.html").getContentAsString(StandardCharsets.UTF_8);
		if (!index.contains("<head>")) {
			throw new IllegalStateException("Neo4j Browser's index.html has no <head> to put the settings script in");
		}
		this.page = index.replaceFirst("<head>", "<head><script src=\"ironriver-settings.js\"></script>");
	}

	@GetMapping("/browser")
	String browserWithoutSlash(HttpServletRequest request) {
		return connect(request);
	}

	/**
	 * Browser itself; opened without a connect URL it would try the database's own port,
	 * which refuses web pages, so it is sent to the connect link instead.
	 */
	@GetMapping("/browser/")
	String browserIndex(HttpServletRequest request) {
		return request.getParameter("connectURL") == null ? connect(request) : "forward:/browser/index.html";
	}

	/**
	 * Browser's page with ironriver's settings script first in its head
	 * ({@link BrowserSettings}), so they hold before Browser starts.
	 */
	@GetMapping("/browser/index.html")
	@ResponseBody
	ResponseEntity<String> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(page);
	}

	/**
	 * The link to share: Browser opened and connected to this application's database,
	 * through the address the user reached the application by (its {@code Host}, which
	 * the application checks against the allowed host names).
	 */
	@GetMapping("/browser/connect")
	String connect(HttpServletRequest request) {
		return "redirect:" + link.path(request.getServerName() + ":" + request.getServerPort(), request.isSecure());
	}

	@Configuration(proxyBeanMethods = false)
	static class BrowserResources implements WebMvcConfigurer {

		@Override
		public void addResourceHandlers(ResourceHandlerRegistry registry) {
			registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
		}

	}

}
