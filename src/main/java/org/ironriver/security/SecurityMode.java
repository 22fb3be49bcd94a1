package org.ironriver.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How this installation authenticates: the local single user (nothing configured and the
 * HTTP server on a loopback address: every request from this machine is the OS user with
 * every role), or configured users, API keys and an identity provider, with
 * authentication required for everything but the login page.
 */
public final class SecurityMode {

	private final boolean local;

	private final int users;

	private final int keys;

	private final boolean editorToken;

	private final String oidcIssuer;

	private final String localUser;

	SecurityMode(Accounts accounts, SecurityProperties.Oidc oidc, String serverAddress) {
		this.users = accounts.users().size();
		this.keys = accounts.keyCount();
		this.editorToken = accounts.editorToken();
		this.oidcIssuer = oidc.enabled() ? (oidc.issuerUri() != null ? oidc.issuerUri() : oidc.jwkSetUri()) : null;
		this.local = accounts.isEmpty() && !oidc.enabled();
		this.localUser = System.getProperty("user.name", "local");
		if (local && !loopback(serverAddress)) {
			throw new SecuritySetupException("the HTTP server would listen on "
					+ (serverAddress == null || serverAddress.isBlank() ? "every address" : serverAddress)
					+ " (SERVER_ADDRESS), not only on this machine, and no users are configured: configure users or API keys "
					+ "(IRONRIVER_USERS_FILE, see 'ironriver hash-password') or an identity provider (IRONRIVER_OIDC_ISSUER_URI), "
					+ "or keep SERVER_ADDRESS=127.0.0.1");
		}
	}

	/**
	 * Nothing configured, loopback only: no login, every request from this machine has
	 * every role.
	 */
	public boolean local() {
		return local;
	}

	/**
	 * The name the local single user goes by: the OS user, as in the command line's
	 * records.
	 */
	public String localUser() {
		return localUser;
	}

	/** One line for the start-up report. */
	public String describe() {
		if (local) {
			return "local single-user mode: no login, every request from this machine is '" + localUser
					+ "' with every role (reader, analyst, editor, admin); configure users to share it (docs/security.md)";
		}
		var line = new StringBuilder("authentication required: ").append(users)
			.append(users == 1 ? " user, " : " users, ")
			.append(keys)
			.append(keys == 1 ? " API key" : " API keys");
		if (editorToken) {
			line.append(" (one is IRONRIVER_EDITOR_TOKEN)");
		}
		line.append(oidcIssuer != null ? ", OIDC tokens from " + oidcIssuer : ", no OIDC");
		return line.toString();
	}

	static boolean loopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address.strip()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
