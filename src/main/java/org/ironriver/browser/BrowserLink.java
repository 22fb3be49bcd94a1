package org.ironriver.browser;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The Neo4j Browser URL that opens already connected to the application's database: the
 * embedded one through the application's own Bolt gateway ({@link BrowserBoltGateway}: no
 * login form, the gateway adds the database's password and applies the user's role), or
 * the external one named by {@code NEO4J_URI} (Browser asks for the password; the user
 * name is filled in).
 */
@Component
public class BrowserLink {

	private final Neo4jConnectionDetails connection;

	private final Environment environment;

	BrowserLink(Neo4jConnectionDetails connection, Environment environment) {
		this.connection = connection;
		this.environment = environment;
	}

	public boolean embedded() {
		return !StringUtils.hasText(environment.getProperty("NEO4J_URI"));
	}

	/** The Bolt URL of the database the application uses. */
	public URI boltUri() {
		return connection.getUri();
	}

	/**
	 * The link for a page served from {@code applicationAddress} ({@code host:port} as
	 * the user's web browser reaches the application). For the embedded database, Browser
	 * speaks Bolt over WebSocket to that same address, the gateway; {@code bolt://} (not
	 * {@code neo4j://}) so that Browser does not ask for a routing table, whose addresses
	 * would be the database's own port.
	 */
	public String path(String applicationAddress) {
		return path(applicationAddress, false);
	}

	/**
	 * @param secure whether the page came over HTTPS: then Browser's WebSocket must be
	 * {@code wss://}, which it opens for {@code bolt+s://}
	 */
	public String path(String applicationAddress, boolean secure) {
		if (embedded()) {
			return "/browser/?connectURL=" + encode((secure ? "bolt+s://" : "bolt://") + applicationAddress)
					+ "&preselectAuthMethod=NO_AUTH";
		}
		var uri = boltUri();
		var user = environment.getProperty("NEO4J_USERNAME", "neo4j");
		// Where the application reaches the database may not be where a user's web
		// browser can (a compose service
		// name, a private address): ironriver.browser.bolt-url names the address to give
		// Browser.
		var browserUrl = environment.getProperty("ironriver.browser.bolt-url", uri.toString());
		var link = "/browser/?connectURL=" + encode(browserUrl) + "&preselectAuthMethod=BASIC";
		var database = environment.getProperty("NEO4J_DATABASE");
		if (StringUtils.hasText(database)) {
			link += "&dbms=" + encode(database);
		}
		return link + "&username=" + encode(user);
	}

	private static String encode(String value) {
		// '+' may stand in a query, but Browser reads the parameters as a form does,
		// where it means a space.
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}
