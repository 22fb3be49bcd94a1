package org.ironriver.browser;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.BinaryWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Neo4j Browser's way to the embedded database: Bolt over a WebSocket on the
 * application's own origin (Browser connects to {@code bolt://<this host>:<this port>}),
 * relayed to the database by {@link BoltRelay}. The upgrade is taken only from the
 * application's own pages (a foreign or {@code null} {@code Origin} is refused, as
 * Spring's same-origin check does) and only for a user who may run Cypher: editors and
 * admins get the database as it is, analysts a read-only connection; readers are refused.
 * The database's password stays on the server.
 *
 * <p>
 * Only WebSocket upgrades are matched here, so plain requests for {@code /} still reach
 * the home page.
 */
@Configuration(proxyBeanMethods = false)
class BrowserBoltGateway extends BinaryWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(BrowserBoltGateway.class);

	private static final String ACCESS = BrowserBoltGateway.class.getName() + ".access";

	private static final String ACTOR = BrowserBoltGateway.class.getName() + ".actor";

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final BrowserQueryGuard guard;

	private final AuditLog audit;

	private final Map<String, BoltRelay> relays = new ConcurrentHashMap<>();

	BrowserBoltGateway(ObjectProvider<EmbeddedNeo4j> embedded, BrowserQueryGuard guard, AuditLog audit) {
		this.embedded = embedded;
		this.guard = guard;
		this.audit = audit;
	}

	@Bean
	WebSocketHttpRequestHandler browserBoltHandshake() {
		var handler = new WebSocketHttpRequestHandler(this, new DefaultHandshakeHandler());
		handler.setHandshakeInterceptors(List.of(new OriginHandshakeInterceptor(), new AccessCheck()));
		return handler;
	}

	@Bean
	WebSocketHandlerMapping browserBoltMapping(WebSocketHttpRequestHandler browserBoltHandshake) {
		var mapping = new WebSocketHandlerMapping();
		mapping.setUrlMap(Map.of("/", browserBoltHandshake));
		mapping.setWebSocketUpgradeMatch(true);
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return mapping;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws IOException {
		// Bolt chunks are up to 64 KiB and Browser sends several in one WebSocket
		// message.
		session.setBinaryMessageSizeLimit(1024 * 1024);
		var database = embedded.getIfAvailable();
		if (database == null) {
			session.close(CloseStatus.POLICY_VIOLATION.withReason("no embedded database"));
			return;
		}
		var address = new InetSocketAddress("127.0.0.1", database.boltUri().getPort());
		var access = (BrowserAccess) session.getAttributes().get(ACCESS);
		relays.put(session.getId(), new BoltRelay(session, address, access, database.user(), database.password(), guard,
				audit, (Actor) session.getAttributes().get(ACTOR)));
	}

	@Override
	protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws IOException {
		var relay = relays.get(session.getId());
		if (relay == null) {
			return;
		}
		try {
			relay.fromPage(message.getPayload());
		}
		// Whatever a hostile page sends ends its own connection only, as a protocol error
		// (truncated values too).
		catch (IllegalArgumentException | ClassCastException | java.nio.BufferUnderflowException
				| IndexOutOfBoundsException ex) {
			log.info("Browser Bolt connection {} closed: malformed Bolt ({})", session.getId(), ex.getMessage());
			session.close(CloseStatus.PROTOCOL_ERROR);
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		var relay = relays.remove(session.getId());
		if (relay != null) {
			relay.close();
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		afterConnectionClosed(session, CloseStatus.SERVER_ERROR);
	}

	/**
	 * Which Browser the user gets, decided from the handshake's authenticated user before
	 * the upgrade.
	 */
	private final class AccessCheck implements HandshakeInterceptor {

		@Override
		public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Map<String, Object> attributes) throws IOException {
			if (embedded.getIfAvailable() == null) {
				return refuse(response, HttpStatus.NOT_FOUND,
						"Neo4j Browser connects to the external database directly; this gateway serves the embedded one");
			}
			var servlet = ((ServletServerHttpRequest) request).getServletRequest();
			var access = access(servlet);
			if (access == null) {
				return refuse(response, HttpStatus.FORBIDDEN,
						"Neo4j Browser runs Cypher, which needs the analyst role (read-only) or the editor role");
			}
			attributes.put(ACCESS, access);
			attributes.put(ACTOR, Actor.of(servlet));
			return true;
		}

		@Override
		public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Exception exception) {
		}

	}

	/**
	 * Editors and above get the database as it is, analysts a read-only connection,
	 * anyone else nothing.
	 */
	static BrowserAccess access(HttpServletRequest request) {
		if (request.isUserInRole(Role.EDITOR.name())) {
			return BrowserAccess.FULL;
		}
		return request.isUserInRole(Role.ANALYST.name()) ? BrowserAccess.READ_ONLY : null;
	}

	private static boolean refuse(ServerHttpResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		var body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}";
		response.getBody().write(body.getBytes(StandardCharsets.UTF_8));
		return false;
	}

}
