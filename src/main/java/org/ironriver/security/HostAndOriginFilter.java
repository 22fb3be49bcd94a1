package org.ironriver.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first check of every request, before authentication, static files, Spring MVC or a
 * WebSocket upgrade run.
 *
 * <p>
 * <b>Host.</b> The application answers only the host names it is configured for
 * ({@code IRONRIVER_ALLOWED_HOSTS}, by default the loopback names). A page on
 * {@code evil.example} whose name an attacker rebinds to 127.0.0.1 reaches this server
 * with {@code Host: evil.example}; it is refused with 421 Misdirected Request — the
 * status for "this server is not the one for that name" — rather than 403, which would
 * suggest other credentials could help.
 *
 * <p>
 * <b>Origin.</b> A request that changes something (any method but GET, HEAD and OPTIONS)
 * and a WebSocket upgrade must come from the application's own origin: a foreign
 * {@code Origin} (or {@code null}), or
 * {@code Sec-Fetch-Site: cross-site}/{@code same-site}, is 403 whatever its credentials,
 * so a page open in the investigator's browser cannot post a form into a logged-in
 * session. Non-browser clients send neither header. This is used instead of CSRF tokens:
 * every browser in use sends {@code Origin} on such requests, and tokens would make every
 * API client (curl, scripts, the Swagger UI) fetch one first. The session cookie is also
 * {@code SameSite=Strict}.
 */
final class HostAndOriginFilter extends OncePerRequestFilter {

	static final HttpStatusCode MISDIRECTED_REQUEST = HttpStatusCode.valueOf(421);

	private record AllowedHost(String name, int port) {

		boolean matches(String host, int requestPort) {
			return name.equals(host) && (port == -1 || port == requestPort);
		}
	}

	private final List<AllowedHost> allowed;

	private final List<String> configured;

	private final Refusals refusals;

	HostAndOriginFilter(List<String> allowedHosts, Refusals refusals) {
		this.configured = allowedHosts;
		this.allowed = allowedHosts.stream().map(HostAndOriginFilter::parse).toList();
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var host = normalize(request.getServerName());
		int port = request.getServerPort();
		if (allowed.stream().noneMatch(entry -> entry.matches(host, port))) {
			refusals.refuse(request, response, MISDIRECTED_REQUEST, "Unknown host",
					"this server answers for " + String.join(", ", configured)
							+ " only (IRONRIVER_ALLOWED_HOSTS), not for '" + request.getServerName() + "'");
			return;
		}
		if (changes(request)) {
			var site = request.getHeader("Sec-Fetch-Site");
			var origin = request.getHeader(HttpHeaders.ORIGIN);
			if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)
					|| (origin != null && !sameOrigin(origin, host, port))) {
				refusals.refuse(request, response, HttpStatus.FORBIDDEN, "Cross-site request refused",
						"a request from another site (Origin " + origin
								+ ") may not change anything here, whatever its "
								+ "credentials: use the application's own pages, the ironriver command or a client that "
								+ "sends no foreign Origin");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean changes(HttpServletRequest request) {
		var method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))
				|| EndpointRoles.webSocketUpgrade(request);
	}

	/**
	 * The origin of the request's own (already allowed) host and port: scheme-agnostic,
	 * ports compared.
	 */
	private static boolean sameOrigin(String origin, String host, int port) {
		try {
			var uri = URI.create(origin.strip());
			if (uri.getHost() == null || uri.getScheme() == null) {
				return false;
			}
			int originPort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return normalize(uri.getHost()).equals(host) && originPort == port;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static AllowedHost parse(String entry) {
		var text = entry.strip().toLowerCase(Locale.ROOT);
		int colon = text.lastIndexOf(':');
		int bracket = text.lastIndexOf(']');
		if (colon > bracket && (bracket != -1 || text.indexOf(':') == colon)) {
			try {
				return new AllowedHost(normalize(text.substring(0, colon)),
						Integer.parseInt(text.substring(colon + 1)));
			}
			catch (NumberFormatException ex) {
				throw new SecuritySetupException(
						"IRONRIVER_ALLOWED_HOSTS: '" + entry + "' is not a host name or host:port");
			}
		}
		return new AllowedHost(normalize(text), -1);
	}

	/**
	 * Lower case, without IPv6 brackets or a trailing dot, so {@code [::1]} and
	 * {@code ::1} are one name.
	 */
	private static String normalize(String host) {
		var name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		return name;
	}

}
