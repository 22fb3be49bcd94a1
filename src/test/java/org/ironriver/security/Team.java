package org.ironriver.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The users, keys and identity provider of {@link TeamInstallation}. */
final class Team {

	static final String EDITOR_TOKEN = "the-editors-shared-token-0123456789";

	/** Every user's password is its name followed by this. */
	static final String PASSWORD_SUFFIX = "-correct-horse";

	static final String ANALYST_KEY = "irk_analyst-key-for-the-tests-0123456789abcdef";

	static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + PASSWORD_SUFFIX).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The identity provider: its issuer URL, and tokens signed with its key (or with
	 * another key, for forgeries).
	 */
	static final class IdentityProvider {

		static final IdentityProvider INSTANCE = new IdentityProvider();

		final KeyPair key = rsa();

		final KeyPair stranger = rsa();

		final String issuer;

		private IdentityProvider() {
			try {
				var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				issuer = "http://127.0.0.1:" + server.getAddress().getPort();
				var jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) key.getPublic()).keyID("test-key")
					.algorithm(JWSAlgorithm.RS256)
					.build()).toString();
				var discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
						+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
				serve(server, "/.well-known/openid-configuration", discovery);
				serve(server, "/jwks", jwks);
				server.setExecutor(null);
				server.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void serve(HttpServer server, String path, String json) {
			server.createContext(path, exchange -> {
				var body = json.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (var out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
		}

		String token(String subject, Object roles) {
			return token(key, issuer, subject, Map.of("roles", roles), Instant.now().plusSeconds(300));
		}

		String token(KeyPair signer, String tokenIssuer, String subject, Map<String, Object> claims, Instant expires) {
			var builder = new JWTClaimsSet.Builder().issuer(tokenIssuer)
				.subject(subject)
				.claim("preferred_username", subject)
				.issueTime(Date.from(Instant.now().minusSeconds(10)))
				.expirationTime(Date.from(expires));
			claims.forEach(builder::claim);
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
					builder.build());
			try {
				jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

		private static KeyPair rsa() {
			try {
				var generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				return generator.generateKeyPair();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * Users reader, analyst, editor, admin (bcrypt of cost 4, so the tests stay fast) and
	 * the analyst's key.
	 */
	static class Setup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			var bcrypt = new BCryptPasswordEncoder(4);
			var lines = new java.util.ArrayList<String>();
			for (var role : List.of("reader", "analyst", "editor", "admin")) {
				lines.add("ironriver.security.users[" + lines.size() + "]=user:" + role + ":{bcrypt}"
						+ bcrypt.encode(role + PASSWORD_SUFFIX) + ":" + role);
			}
			lines.add("ironriver.security.users[" + lines.size() + "]=key:analyst-key:{sha256}"
					+ DigestUtils.sha256Hex(ANALYST_KEY) + ":analyst");
			lines.add("ironriver.security.oidc.issuer-uri=" + IdentityProvider.INSTANCE.issuer);
			TestPropertyValues.of(lines).applyTo(context);
		}

	}

	private Team() {
	}

}
