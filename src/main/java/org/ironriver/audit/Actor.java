package org.ironriver.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who did something and from where. Read through the servlet API
 * ({@code getUserPrincipal()}), which whatever authentication is in front of the
 * application fills in, so this package depends on none of them.
 *
 * @param who the user's name, {@code anonymous} without one, {@code <os user> (cli)} from
 * the command line, {@code system} for the application's own writes
 * @param where the client's address, {@code cli}, or {@code startup}
 */
public record Actor(String who, String where) {

	public static final String ANONYMOUS = "anonymous";

	public static final String SYSTEM = "system";

	public static Actor of(HttpServletRequest request) {
		var principal = request.getUserPrincipal();
		var name = principal == null || principal.getName() == null || principal.getName().isBlank() ? ANONYMOUS
				: principal.getName();
		return new Actor(name, request.getRemoteAddr());
	}

	public static Actor cli() {
		return new Actor(System.getProperty("user.name", "unknown") + " (cli)", "cli");
	}

	public static Actor system() {
		return new Actor(SYSTEM, "startup");
	}
}
