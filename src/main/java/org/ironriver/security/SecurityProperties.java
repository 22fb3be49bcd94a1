package org.ironriver.security;

import java.util.List;

import org.apache.commons.lang3.StringUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may reach the application and as whom.
 *
 * @param allowedHosts the host names this application answers
 * ({@code IRONRIVER_ALLOWED_HOSTS}): {@code name} (any port) or {@code name:port}; a
 * request for any other host is refused, which closes DNS rebinding
 * @param users users and API keys, one per entry in the users file's line format
 * ({@code IRONRIVER_USERS})
 * @param usersFile a file of such lines ({@code IRONRIVER_USERS_FILE}), read at start-up
 * @param oidc an organization's identity provider, whose bearer tokens (JWTs) are
 * accepted
 */
@ConfigurationProperties("ironriver.security")
record SecurityProperties(@DefaultValue( {
		"localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts, @DefaultValue List<String> users,
		String usersFile, @DefaultValue Oidc oidc){

	/**
	 * @param issuerUri the provider's issuer ({@code IRONRIVER_OIDC_ISSUER_URI}); its
	 * discovery document names the keys, and tokens must name it as {@code iss}
	 * @param jwkSetUri the provider's key set, when there is no discovery document
	 * ({@code IRONRIVER_OIDC_JWK_SET_URI})
	 * @param rolesClaim the claim that lists a token's roles
	 * ({@code IRONRIVER_OIDC_ROLES_CLAIM}); dots reach into nested claims
	 * ({@code realm_access.roles})
	 * @param audience when set, tokens must name it in {@code aud}
	 * ({@code IRONRIVER_OIDC_AUDIENCE})
	 */
	record Oidc(String issuerUri, String jwkSetUri, @DefaultValue("roles") String rolesClaim, String audience) {

		Oidc {
			issuerUri = StringUtils.stripToNull(issuerUri);
			jwkSetUri = StringUtils.stripToNull(jwkSetUri);
			audience = StringUtils.stripToNull(audience);
			rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.strip();
		}

		boolean enabled() {
			return issuerUri != null || jwkSetUri != null;
		}
	}

	SecurityProperties {
		allowedHosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
	}
}
