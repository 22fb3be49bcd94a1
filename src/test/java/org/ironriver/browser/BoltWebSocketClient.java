package org.ironriver.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.ironriver.browser.PackStream.Structure;

/**
 * Bolt over WebSocket as Neo4j Browser's driver speaks it, for tests: the handshake,
 * HELLO and LOGON with no credentials (as Browser's "No authentication"), then queries,
 * each answered with its records and summary.
 */
final class BoltWebSocketClient implements AutoCloseable {

	/** A message from the server: its signature and its fields. */
	record Reply(byte signature, List<Object> fields) {

		boolean success() {
			return signature == BoltRelay.SUCCESS;
		}

		@SuppressWarnings("unchecked")
		String failureMessage() {
			return signature == BoltRelay.FAILURE ? String.valueOf(((Map<String, Object>) fields.get(0)).get("message"))
					: null;
		}
	}

	private final WebSocket socket;

	private final LinkedBlockingQueue<ByteBuffer> incoming;

	private final BoltFraming.Reader reader = new BoltFraming.Reader(Integer.MAX_VALUE);

	private final int major;

	private final int minor;

	static BoltWebSocketClient connect(URI uri, Map<String, String> headers) throws Exception {
		var queue = new LinkedBlockingQueue<ByteBuffer>();
		var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
		headers.forEach(builder::header);
		var socket = builder.buildAsync(uri, new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
				queue.add(ByteBuffer.allocate(data.remaining()).put(data).flip());
				webSocket.request(1);
				return CompletableFuture.completedFuture(null);
			}
		}).get(20, TimeUnit.SECONDS);
		return new BoltWebSocketClient(socket, queue);
	}

	private BoltWebSocketClient(WebSocket socket, LinkedBlockingQueue<ByteBuffer> incoming) throws Exception {
		this.socket = socket;
		this.incoming = incoming;
		// Bolt 5.4 down to 5.0, then 4.4: a range proposal as Browser 5.24's driver sends
		// it.
		var handshake = ByteBuffer.allocate(20)
			.putInt(0x6060B017)
			.putInt(0x00040405)
			.putInt(0x00000404)
			.putInt(0)
			.putInt(0)
			.flip();
		socket.sendBinary(handshake, true).get(10, TimeUnit.SECONDS);
		var version = read(4);
		minor = version[2];
		major = version[3];
	}

	String version() {
		return major + "." + minor;
	}

	/**
	 * HELLO (and LOGON from Bolt 5.1), with no credentials; the summary of the last one.
	 */
	Reply login() throws Exception {
		var extra = new LinkedHashMap<String, Object>();
		extra.put("user_agent", "neo4j-javascript/5.24 (ironriver test)");
		extra.put("bolt_agent", Map.of("product", "neo4j-javascript/5.24"));
		if (major == 5 && minor >= 1) {
			send(new Structure(BoltRelay.HELLO, List.of(extra)));
			var hello = next();
			if (!hello.success()) {
				return hello;
			}
			send(new Structure(BoltRelay.LOGON, List.of(Map.of("scheme", "none"))));
			return next();
		}
		extra.put("scheme", "none");
		send(new Structure(BoltRelay.HELLO, List.of(extra)));
		return next();
	}

	/**
	 * RUN in auto-commit with the given extra (mode, db), then PULL all: the records,
	 * then the last summary.
	 */
	List<Reply> run(String query, Map<String, Object> extra) throws Exception {
		send(new Structure(BoltRelay.RUN, List.of(query, Map.of(), extra)));
		send(new Structure((byte) 0x3F, List.of(Map.of("n", -1L))));
		var replies = new ArrayList<Reply>();
		var run = next();
		replies.add(run);
		if (!run.success()) {
			replies.add(next());
			return replies;
		}
		Reply reply;
		do {
			reply = next();
			replies.add(reply);
		}
		while (reply.signature() == 0x71);
		return replies;
	}

	Reply reset() throws Exception {
		send(new Structure(BoltRelay.RESET, List.of()));
		return next();
	}

	/** Bytes as they are, framed or not: for what a hostile page could send. */
	void sendRaw(byte[] bytes) {
		socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
	}

	void send(Structure message) {
		socket.sendBinary(ByteBuffer.wrap(BoltFraming.frame(PackStream.pack(message))), true).join();
	}

	Reply next() throws Exception {
		while (true) {
			var message = reader.next();
			if (message.isPresent()) {
				if (message.get().payload().length == 0) {
					continue;
				}
				var structure = (Structure) PackStream.unpack(ByteBuffer.wrap(message.get().payload()));
				return new Reply(structure.signature(), structure.fields());
			}
			fill();
		}
	}

	private byte[] read(int count) throws Exception {
		while (reader.available() < count) {
			fill();
		}
		return reader.take(count);
	}

	private void fill() throws Exception {
		var buffer = incoming.poll(20, TimeUnit.SECONDS);
		if (buffer == null) {
			throw new IllegalStateException("no answer from the server within 20 s");
		}
		var bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		reader.append(bytes, 0, bytes.length);
	}

	@Override
	public void close() {
		socket.abort();
	}

}
