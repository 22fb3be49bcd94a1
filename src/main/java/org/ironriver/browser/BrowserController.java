package org.ironriver.browser;

import jakarta.servlet.http.HttpServletRequest;

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

	BrowserController(BrowserLink link) {
		this.link = link;
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
