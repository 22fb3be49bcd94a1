package org.ironriver.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The local single-user mode: a request from this machine is the OS user with every role,
 * without a login. A request from elsewhere (which can only arrive through a proxy on
 * this machine, the server listening on loopback) stays anonymous, with the reader role
 * the API always gave it.
 */
final class LocalUser extends OncePerRequestFilter {

	private final String name;

	private final List<GrantedAuthority> authorities = Role.ADMIN.grantedAuthorities();

	LocalUser(String name) {
		this.name = name;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityMode.loopback(request.getRemoteAddr())) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
