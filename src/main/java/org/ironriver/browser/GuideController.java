package org.ironriver.browser;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * What Neo4j Browser reads from the application, whichever database it is connected to:
 * the ironriver guide ({@code :play}), its style ({@code :style}) and the settings script
 * that Browser's page loads first.
 */
@RestController
@Hidden
class GuideController {

	private final BrowserGuide guide;

	private final BrowserStyle style;

	private final BrowserSettings settings;

	GuideController(BrowserGuide guide, BrowserStyle style, BrowserSettings settings) {
		this.guide = guide;
		this.style = style;
		this.settings = settings;
	}

	@GetMapping("/guides/ironriver.html")
	ResponseEntity<String> guide(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(guide.html(origin(request)));
	}

	@GetMapping("/guides/ironriver.grass")
	ResponseEntity<String> grass() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(style.grass());
	}

	@GetMapping("/browser/ironriver-settings.js")
	ResponseEntity<String> settings() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(settings.script());
	}

	/**
	 * The origin as the user's web browser reached the application (its Host, which the
	 * application checks against the allowed host names).
	 */
	static String origin(HttpServletRequest request) {
		boolean defaultPort = (request.isSecure() && request.getServerPort() == 443)
				|| (!request.isSecure() && request.getServerPort() == 80);
		var host = request.getServerName().contains(":") ? "[" + request.getServerName() + "]"
				: request.getServerName();
		return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + request.getServerPort());
	}

}
