package org.ironriver.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API keys: {@code X-API-Key: <key>}, or {@code Authorization: Bearer <key>} (how the
 * editors' token has always been sent). A bearer value that is no key is left to the
 * identity provider's token check when one is configured, and refused otherwise.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final Accounts accounts;

	private final boolean oidc;

	private final AuthenticationEntryPoint refusals;

	ApiKeyFilter(Accounts accounts, boolean oidc, AuthenticationEntryPoint refusals) {
		this.accounts = accounts;
		this.oidc = oidc;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader(HEADER);
		var bearer = bearer(request);
		var presented = header != null ? header : bearer;
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		var key = accounts.key(presented);
		if (key.isEmpty()) {
			if (header == null && oidc) {
				chain.doFilter(request, response);
				return;
			}
			SecurityContextHolder.clearContext();
			refusals.commence(request, response,
					new BadCredentialsException(header != null ? "unknown API key" : "unknown bearer token"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(key.get().name(), null,
				key.get().role().grantedAuthorities());
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/**
	 * A bearer value that is an API key, so the identity provider's token check does not
	 * try to read it as a JWT.
	 */
	boolean isKey(HttpServletRequest request) {
		var bearer = bearer(request);
		return bearer != null && accounts.key(bearer).isPresent();
	}

	static String bearer(HttpServletRequest request) {
		var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		var value = authorization.substring(7).strip();
		return value.isEmpty() ? null : value;
	}

}
