package org.ironriver.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Uploads write to the graph, so they are for editors only; everything else the API does is read-only. An upload
 * must come from the application's own pages or a non-browser client (a cross-site {@code Origin} is refused, so a
 * web page cannot post a form into a local ironriver), and either carry the editors' token
 * ({@code IRONRIVER_EDITOR_TOKEN}) or, when none is set, come from this machine. Refusals are problem details (401
 * or 403) that say what to do.
 */
@Configuration(proxyBeanMethods = false)
class EditorAccess implements WebMvcConfigurer {

	private final EditorProperties editors;

	EditorAccess(EditorProperties editors) {
		this.editors = editors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Guard(editors)).addPathPatterns("/api/imports/**");
	}

	/** Checks every request that is not a read. */
	static final class Guard implements HandlerInterceptor {

		private final EditorProperties editors;

		Guard(EditorProperties editors) {
			this.editors = editors;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD") || request.getMethod().equals("OPTIONS")) {
				return true;
			}
			if (crossSite(request)) {
				throw refused(HttpStatus.FORBIDDEN, "an upload from another site (Origin " + request.getHeader(HttpHeaders.ORIGIN)
						+ ") is refused: upload with the ironriver command or a client that sends no foreign Origin");
			}
			if (editors.token() != null) {
				if (!bearer(request, editors.token())) {
					var refusal = refused(HttpStatus.UNAUTHORIZED,
							"uploads need the editors' token: send 'Authorization: Bearer <IRONRIVER_EDITOR_TOKEN>'");
					refusal.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ironriver imports\"");
					throw refusal;
				}
				return true;
			}
			if (!loopback(request.getRemoteAddr())) {
				throw refused(HttpStatus.FORBIDDEN, "uploads are taken from this machine only: set IRONRIVER_EDITOR_TOKEN "
						+ "on the server to let editors upload from elsewhere with that token");
			}
			return true;
		}

		private static boolean crossSite(HttpServletRequest request) {
			var origin = request.getHeader(HttpHeaders.ORIGIN);
			if (origin == null) {
				return false;
			}
			try {
				var uri = URI.create(origin);
				int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
				return !(request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port);
			}
			catch (IllegalArgumentException ex) {
				return true;
			}
		}

		/** Constant-time comparison, so the time an answer takes says nothing about how much of a guess was right. */
		private static boolean bearer(HttpServletRequest request, String token) {
			var header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				return false;
			}
			return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
					token.getBytes(StandardCharsets.UTF_8));
		}

		private static boolean loopback(String address) {
			try {
				return address != null && InetAddress.getByName(address).isLoopbackAddress();
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}

		private static ErrorResponseException refused(HttpStatus status, String detail) {
			var problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Editor token required" : "Upload refused");
			return new ErrorResponseException(status, problem, null);
		}
	}
}
