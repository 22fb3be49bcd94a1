package org.ironriver.security;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every refusal is a problem detail, written by the application's own exception handler
 * (so 401, 403 and 421 look like every other error): the entry point for requests without
 * valid credentials (401 with {@code WWW-Authenticate}; a web browser's page request goes
 * to the login form instead), and the handler for requests whose user lacks the role (403
 * naming the role needed).
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	private final SecurityMode mode;

	private final boolean oidc;

	Refusals(HandlerExceptionResolver resolver, SecurityMode mode, boolean oidc) {
		this.resolver = resolver;
		this.mode = mode;
		this.oidc = oidc;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (mode.local()) {
			// Nobody can log in here: a request without the local user's roles is simply
			// refused.
			forbidden(request, response);
			return;
		}
		if (pageRequest(request) && !request.getRequestURI().startsWith("/api/")) {
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, credentialsHint(request, failure));
		problem.setTitle("Authentication required");
		var refusal = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, failure);
		refusal.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ironriver\"");
		if (oidc) {
			refusal.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ironriver\"");
		}
		send(request, response, refusal);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
		forbidden(request, response);
	}

	private void forbidden(HttpServletRequest request, HttpServletResponse response) {
		var rule = EndpointRoles.ruleFor(request);
		var what = request.getMethod() + " " + request.getRequestURI();
		String detail;
		if (rule.isEmpty() || rule.get().isPublic()) {
			detail = "nothing is served at " + what;
		}
		else {
			var needed = rule.get().role();
			detail = what + " (" + rule.get().description() + ") needs the " + needed.label() + " role; " + who() + ".";
			if (mode.local()) {
				detail += " In local single-user mode only requests from this machine have every role: configure users "
						+ "(IRONRIVER_USERS_FILE) or set IRONRIVER_EDITOR_TOKEN to let editors in from elsewhere.";
			}
			else if (needed == Role.EDITOR) {
				detail += " Editors sign in as a user with the editor role or send their API key (X-API-Key, or the "
						+ "editors' token IRONRIVER_EDITOR_TOKEN as 'Authorization: Bearer <token>').";
			}
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem
			.setTitle(rule.map(EndpointRoles.Rule::refusal).orElse(null) != null ? rule.get().refusal() : "Forbidden");
		send(request, response, new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null));
	}

	/**
	 * Refuses with a problem detail before or outside Spring MVC, through the same
	 * handler as every API error.
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String title,
			String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		send(request, response, new ErrorResponseException(status, problem, null));
	}

	private void send(HttpServletRequest request, HttpServletResponse response, ErrorResponseException refusal) {
		if (resolver.resolveException(request, response, null, refusal) == null) {
			throw refusal;
		}
	}

	private static String who() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "this request is anonymous";
		}
		var roles = authentication.getAuthorities()
			.stream()
			.map(a -> Role.parse(a.getAuthority()))
			.flatMap(java.util.Optional::stream)
			.map(Role::label)
			.distinct()
			.collect(Collectors.joining(", "));
		return "'" + authentication.getName() + "' has " + (roles.isEmpty() ? "no role" : roles);
	}

	private String credentialsHint(HttpServletRequest request, AuthenticationException failure) {
		var presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(ApiKeyFilter.HEADER) != null;
		var ways = "HTTP Basic with a configured user, 'X-API-Key: <key>'"
				+ (oidc ? ", or 'Authorization: Bearer <token>' from the identity provider" : "");
		return (presented ? "the credentials were not accepted (" + failure.getMessage() + "); send " : "send ") + ways;
	}

	/**
	 * A web browser navigating to a page: it should see the login form, not a JSON error.
	 */
	static boolean pageRequest(HttpServletRequest request) {
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || !"GET".equals(request.getMethod()) || EndpointRoles.webSocketUpgrade(request)) {
			return false;
		}
		return MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

}
