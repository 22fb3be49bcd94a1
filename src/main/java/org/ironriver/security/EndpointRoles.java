package org.ironriver.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint's role, in one place: the first rule that matches a request decides, and
 * a request no rule matches is refused. A new endpoint is reachable only once it has a
 * line here (reads under {@code GET /api/**} and writes under {@code /api/**} are covered
 * by the broad rules at the end).
 */
public final class EndpointRoles {

	/**
	 * One line of the table.
	 *
	 * @param role the least role that may call it; null for the public pages (login,
	 * error)
	 * @param refusal the title of a 403 for it, so a refused upload says "Upload refused"
	 */
	record Rule(String description, RequestMatcher matcher, Role role, String refusal) {

		boolean isPublic() {
			return role == null;
		}
	}

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	static final List<Rule> RULES = List.of(
			// Neo4j Browser's Bolt connection, proxied by the application: Browser runs
			// any Cypher the proxy lets
			// through, so it is for analysts at least.
			new Rule("WebSocket upgrade (Bolt for Neo4j Browser)", EndpointRoles::webSocketUpgrade, Role.ANALYST, null),
			new Rule("login page", anyOf(paths.matcher("/login"), paths.matcher("/logout")), null, null),
			new Rule("error page",
					anyOf(paths.matcher("/error"), request -> request.getDispatcherType() == DispatcherType.ERROR),
					null, null),
			new Rule("audit log", reads("/api/audit/**"), Role.ADMIN, null),
			new Rule("operational endpoints (health, metrics)", paths.matcher("/actuator/**"), Role.ADMIN, null),
			new Rule("query library",
					anyOf(reads("/api/queries/**"), paths.matcher(HttpMethod.POST, "/api/queries/**")), Role.READER,
					null),
			new Rule("ad-hoc Cypher", paths.matcher(HttpMethod.POST, "/api/cypher"), Role.ANALYST, null),
			new Rule("uploads", paths.matcher(HttpMethod.POST, "/api/imports/**"), Role.EDITOR, "Upload refused"),
			new Rule("entity dossiers (Markdown, HTML, PDF)", reads("/api/entities/*/dossier"), Role.READER, null),
			new Rule("every read service", reads("/api/**"), Role.READER, null),
			new Rule("Neo4j Browser's ironriver guide and style", reads("/guides/**"), Role.READER, null),
			new Rule("the explorer's pages and files (the home page is the explorer), its graph library",
					anyOf(reads("/"), reads("/entities/*"), reads("/trace"), reads("/paths"), reads("/disagreements"),
							reads("/search"), reads("/resolution"), reads("/resolution/judgements"),
							reads("/explorer/**"), reads("/webjars/**")),
					Role.READER, null),
			new Rule("Neo4j Browser's files, Swagger UI and the OpenAPI document",
					anyOf(reads("/favicon.ico"), reads("/browser"), reads("/browser/**"), reads("/swagger-ui.html"),
							reads("/swagger-ui/**"), reads("/v3/api-docs/**")),
					Role.READER, null),
			new Rule("any other write", paths.matcher("/api/**"), Role.EDITOR, null),
			// A read of a path nothing serves is answered 404 by Spring MVC, as a reader
			// would expect; writes outside
			// /api stay refused by default.
			new Rule("any other read (nothing there: 404)", reads("/**"), Role.READER, null));

	private EndpointRoles() {
	}

	/**
	 * The rule for this request; empty for a request nothing declares, which is refused.
	 */
	static Optional<Rule> ruleFor(HttpServletRequest request) {
		return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
	}

	static void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
		for (var rule : RULES) {
			var access = registry.requestMatchers(rule.matcher());
			if (rule.isPublic()) {
				access.permitAll();
			}
			else {
				access.hasRole(rule.role().name());
			}
		}
		registry.anyRequest().denyAll();
	}

	static boolean webSocketUpgrade(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
	}

	private static RequestMatcher reads(String pattern) {
		return anyOf(paths.matcher(HttpMethod.GET, pattern), paths.matcher(HttpMethod.HEAD, pattern));
	}

	private static RequestMatcher anyOf(RequestMatcher... matchers) {
		return new OrRequestMatcher(matchers);
	}

}
