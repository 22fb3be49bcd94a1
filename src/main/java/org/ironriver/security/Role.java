package org.ironriver.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do, each role including the ones below it: an admin is also an editor,
 * an editor also an analyst, an analyst also a reader. The authorities are Spring
 * Security's {@code ROLE_*}.
 */
public enum Role {

	/** Every read service, the explorer and Browser's pages, the query library. */
	READER,
	/** A reader who may also run ad-hoc read-only Cypher. */
	ANALYST,
	/** An analyst who may also write: imports and any other change. */
	EDITOR,
	/** An editor who may also read the audit log and the operational endpoints. */
	ADMIN;

	/** The Spring Security authority, {@code ROLE_READER} and so on. */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * The name users write in configuration and claims: {@code reader}, {@code analyst},
	 * ...
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * This role's authority and those of every role it includes. Authentications carry
	 * all of them, so code that reads authorities without the hierarchy (the servlet
	 * API's {@code isUserInRole}) sees the same roles.
	 */
	public List<GrantedAuthority> grantedAuthorities() {
		var authorities = new ArrayList<GrantedAuthority>();
		for (var role : values()) {
			if (role.ordinal() <= ordinal()) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
		}
		return authorities;
	}

	public static Optional<Role> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var normalized = text.strip().toUpperCase(Locale.ROOT);
		if (normalized.startsWith("ROLE_")) {
			normalized = normalized.substring(5);
		}
		for (var role : values()) {
			if (role.name().equals(normalized)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** The highest role among these authorities, if any. */
	public static Optional<Role> highest(java.util.Collection<? extends GrantedAuthority> authorities) {
		Role best = null;
		for (var authority : authorities) {
			var role = parse(authority.getAuthority());
			if (role.isPresent() && (best == null || role.get().ordinal() > best.ordinal())) {
				best = role.get();
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * ADMIN &gt; EDITOR &gt; ANALYST &gt; READER, for Spring Security's authorization
	 * decisions.
	 */
	static RoleHierarchy hierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ADMIN.name())
			.implies(EDITOR.name())
			.role(EDITOR.name())
			.implies(ANALYST.name())
			.role(ANALYST.name())
			.implies(READER.name())
			.build();
	}

}
