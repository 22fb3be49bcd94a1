package org.ironriver.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.ironriver.browser.BoltFraming.Message;
import org.ironriver.browser.PackStream.Structure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One Neo4j Browser connection relayed to the database: Bolt from the web page over
 * WebSocket, to the database over TCP. On the way it logs in with the application's own
 * credentials (the page never learns them) and, for a user who may only read, makes every
 * transaction a read transaction and lets a query through only when the analyst guard
 * finds it a read of the graph ({@link BrowserQueryGuard}); a refused query is answered
 * with a Bolt {@code FAILURE}, in order, as the database would answer it. Every query is
 * recorded in the audit log (who, the text's SHA-256, parameters, relayed or refused).
 *
 * <p>
 * Every request message gets exactly one summary (SUCCESS, FAILURE or IGNORED). The relay
 * keeps the requests in flight in order, so that an answer it gives itself leaves only
 * after the database's answers to the requests before it.
 */
final class BoltRelay {

	private static final Logger log = LoggerFactory.getLogger(BoltRelay.class);

	static final byte HELLO = 0x01;

	static final byte GOODBYE = 0x02;

	static final byte RESET = 0x0F;

	static final byte RUN = 0x10;

	static final byte BEGIN = 0x11;

	static final byte COMMIT = 0x12;

	static final byte ROLLBACK = 0x13;

	static final byte LOGON = 0x6A;

	static final byte SUCCESS = 0x70;

	static final byte IGNORED = 0x7E;

	static final byte FAILURE = 0x7F;

	private static final int HANDSHAKE = 20;

	/**
	 * A manifest-style version proposal (Bolt 5.7+), which this relay does not negotiate:
	 * left out.
	 */
	private static final int MANIFEST_PROPOSAL = 0x000001FF;

	private static final int MAX_MESSAGE = 16 * 1024 * 1024;

	private static final Object FORWARDED = new Object();

	private final WebSocketSession page;

	private final Socket database;

	private final OutputStream toDatabase;

	private final BrowserAccess access;

	private final String user;

	private final String password;

	private final BrowserQueryGuard guard;

	private final AuditLog audit;

	private final Actor actor;

	private final BoltFraming.Reader fromPage = new BoltFraming.Reader(MAX_MESSAGE);

	/**
	 * Requests sent to the database whose summary has not come back, and answers of the
	 * relay's own, in order.
	 */
	private final ArrayDeque<Object> inFlight = new ArrayDeque<>();

	private boolean handshaken;

	private volatile int major;

	private volatile int minor;

	/** The database of the open explicit transaction, or null when none is open. */
	private Optional<String> transactionDatabase;

	/**
	 * After a refusal the relay, like the database after a failure, ignores everything
	 * until RESET.
	 */
	private boolean failed;

	BoltRelay(WebSocketSession page, InetSocketAddress databaseAddress, BrowserAccess access, String user,
			String password, BrowserQueryGuard guard, AuditLog audit, Actor actor) throws IOException {
		this.page = page;
		this.audit = audit;
		this.actor = actor;
		this.access = access;
		this.user = user;
		this.password = password;
		this.guard = guard;
		this.database = new Socket();
		this.database.connect(databaseAddress, 5_000);
		this.database.setTcpNoDelay(true);
		this.toDatabase = database.getOutputStream();
		var pump = new Thread(this::pumpFromDatabase, "browser-bolt-" + page.getId());
		pump.setDaemon(true);
		pump.start();
	}

	/**
	 * Bytes from the page: whole messages are inspected, rewritten where needed, and sent
	 * on or answered.
	 */
	void fromPage(ByteBuffer bytes) throws IOException {
		var array = new byte[bytes.remaining()];
		bytes.get(array);
		fromPage.append(array, 0, array.length);
		if (!handshaken) {
			if (fromPage.available() < HANDSHAKE) {
				return;
			}
			toDatabase.write(withoutManifestProposal(fromPage.take(HANDSHAKE)));
			toDatabase.flush();
			handshaken = true;
		}
		Optional<Message> next;
		while ((next = fromPage.next()).isPresent()) {
			handle(next.get());
		}
	}

	private void handle(Message message) throws IOException {
		if (message.payload().length == 0) {
			send(message.framed(), false);
			return;
		}
		var signature = message.signature();
		if (signature == GOODBYE) {
			send(message.framed(), false);
			return;
		}
		if (failed && signature != RESET) {
			answer(summary(IGNORED, Map.of()));
			return;
		}
		var structure = (Structure) PackStream.unpack(ByteBuffer.wrap(message.payload()));
		switch (signature) {
			case HELLO -> send(rewrite(structure, 0, this::hello), true);
			case LOGON -> send(rewrite(structure, 0, extra -> credentials()), true);
			case RESET -> {
				failed = false;
				transactionDatabase = null;
				send(message.framed(), true);
			}
			case BEGIN -> {
				if (access == BrowserAccess.READ_ONLY) {
					var extra = readOnly(map(structure, 0));
					transactionDatabase = Optional.ofNullable((String) extra.get("db"));
					send(rewrite(structure, 0, e -> extra), true);
				}
				else {
					send(message.framed(), true);
				}
			}
			case COMMIT, ROLLBACK -> {
				transactionDatabase = null;
				send(message.framed(), true);
			}
			case RUN -> run(message, structure);
			default -> send(message.framed(), true);
		}
	}

	private void run(Message message, Structure structure) throws IOException {
		var query = (String) structure.fields().get(0);
		var parameters = map(structure, 1);
		if (access != BrowserAccess.READ_ONLY) {
			audit.relayedQuery(actor, query, parameters, false, null);
			send(message.framed(), true);
			return;
		}
		String database;
		byte[] framed;
		if (transactionDatabase != null) {
			database = transactionDatabase.orElse(null);
			framed = message.framed();
		}
		else {
			var extra = readOnly(map(structure, 2));
			database = (String) extra.get("db");
			framed = rewrite(structure, 2, e -> extra);
		}
		var refusal = guard.refusal(query, parameters, database);
		audit.relayedQuery(actor, query, parameters, refusal.isPresent(), refusal.map(r -> r.message()).orElse(null));
		if (refusal.isPresent()) {
			failed = true;
			answer(summary(FAILURE, refusal.get().asFailure()));
			return;
		}
		send(framed, true);
	}

	/**
	 * Bolt before 5.1 logs in with HELLO; from 5.1 on, HELLO carries no credentials and
	 * LOGON follows.
	 */
	private Map<String, Object> hello(Map<String, Object> extra) {
		var rewritten = new LinkedHashMap<>(extra);
		rewritten.remove("scheme");
		rewritten.remove("principal");
		rewritten.remove("credentials");
		if (major < 5 || (major == 5 && minor == 0)) {
			rewritten.putAll(credentials());
		}
		return rewritten;
	}

	private Map<String, Object> credentials() {
		var auth = new LinkedHashMap<String, Object>();
		auth.put("scheme", "basic");
		auth.put("principal", user);
		auth.put("credentials", password);
		return auth;
	}

	/** Read access mode, and no impersonation of another database user. */
	private static Map<String, Object> readOnly(Map<String, Object> extra) {
		var rewritten = new LinkedHashMap<>(extra);
		rewritten.put("mode", "r");
		rewritten.remove("imp_user");
		return rewritten;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Structure structure, int field) {
		if (structure.fields().size() > field && structure.fields().get(field) instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		return Map.of();
	}

	private static byte[] rewrite(Structure structure, int field,
			java.util.function.Function<Map<String, Object>, Map<String, Object>> change) {
		var fields = new ArrayList<>(structure.fields());
		while (fields.size() <= field) {
			fields.add(Map.of());
		}
		fields.set(field, change.apply(map(structure, field)));
		return BoltFraming.frame(PackStream.pack(new Structure(structure.signature(), fields)));
	}

	static byte[] summary(byte signature, Map<String, Object> metadata) {
		var fields = signature == IGNORED ? List.<Object>of() : List.<Object>of(metadata);
		return BoltFraming.frame(PackStream.pack(new Structure(signature, fields)));
	}

	private static byte[] withoutManifestProposal(byte[] handshake) {
		var buffer = ByteBuffer.wrap(handshake);
		for (int offset = 4; offset < HANDSHAKE; offset += 4) {
			if (buffer.getInt(offset) == MANIFEST_PROPOSAL) {
				buffer.putInt(offset, 0);
			}
		}
		return handshake;
	}

	/** To the database; a request's summary is expected back in its turn. */
	private void send(byte[] framed, boolean expectsSummary) throws IOException {
		if (expectsSummary) {
			synchronized (inFlight) {
				inFlight.add(FORWARDED);
			}
		}
		toDatabase.write(framed);
		toDatabase.flush();
	}

	/**
	 * The relay's own answer, sent once the database has answered every earlier request.
	 */
	private void answer(byte[] framed) throws IOException {
		synchronized (inFlight) {
			if (inFlight.isEmpty()) {
				toPage(framed);
			}
			else {
				inFlight.add(framed);
			}
		}
	}

	private void pumpFromDatabase() {
		var reader = new BoltFraming.Reader(Integer.MAX_VALUE);
		var buffer = new byte[65536];
		try (InputStream in = database.getInputStream()) {
			boolean versionSeen = false;
			int read;
			while ((read = in.read(buffer)) != -1) {
				reader.append(buffer, 0, read);
				if (!versionSeen) {
					if (reader.available() < 4) {
						continue;
					}
					var version = reader.take(4);
					minor = version[2];
					major = version[3];
					versionSeen = true;
					toPage(version);
				}
				Optional<Message> next;
				while ((next = reader.next()).isPresent()) {
					fromDatabase(next.get());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (page.isOpen()) {
				log.debug("Browser Bolt relay {} ended: {}", page.getId(), ex.getMessage());
			}
		}
		finally {
			closePage(CloseStatus.NORMAL);
		}
	}

	private void fromDatabase(Message message) throws IOException {
		var signature = message.signature();
		synchronized (inFlight) {
			toPage(message.framed());
			if (message.payload().length > 0
					&& (signature == SUCCESS || signature == FAILURE || signature == IGNORED)) {
				inFlight.poll();
				while (!inFlight.isEmpty() && inFlight.peek() instanceof byte[] own) {
					inFlight.poll();
					toPage(own);
				}
			}
		}
	}

	private void toPage(byte[] bytes) throws IOException {
		synchronized (page) {
			page.sendMessage(new BinaryMessage(bytes));
		}
	}

	void close() {
		try {
			database.close();
		}
		catch (IOException ex) {
			log.debug("closing the database side of {}: {}", page.getId(), ex.getMessage());
		}
	}

	private void closePage(CloseStatus status) {
		try {
			if (page.isOpen()) {
				page.close(status);
			}
		}
		catch (IOException ex) {
			log.debug("closing Browser connection {}: {}", page.getId(), ex.getMessage());
		}
	}

}
