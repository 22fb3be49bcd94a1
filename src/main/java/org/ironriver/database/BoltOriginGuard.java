package org.ironriver.database;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;

import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;

/**
 * Refuses, on the database's own Bolt port, a WebSocket upgrade that a web page started.
 * Neo4j accepts Bolt over WebSocket on its Bolt port from any {@code Origin}, so any site
 * the user visits could otherwise open {@code ws://localhost:7687} and try its luck; with
 * this guard the upgrade is answered {@code 403} before any Bolt byte is read. Browsers
 * always send {@code Origin} on a WebSocket handshake (a sandboxed page sends
 * {@code null}); other Bolt clients speak plain TCP or send no {@code Origin}, and still
 * need the store's password. Neo4j Browser reaches the database through the application's
 * own gateway instead, which checks the page's origin and the user's role.
 *
 * <p>
 * Installed as the first handler of every new Bolt connection (Neo4j's
 * {@link ConnectorListener}); it reads only the HTTP head of a WebSocket handshake and
 * then removes itself, handing every byte to Neo4j unchanged.
 */
final class BoltOriginGuard extends ByteToMessageDecoder {

	/** Neo4j's own limit for a WebSocket handshake. */
	private static final int MAX_HEAD = 65536;

	private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final Set<String> allowedOrigins;

	private BoltOriginGuard(Set<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	/**
	 * The listener to register on each Bolt connector: it puts a fresh guard in front of
	 * every connection.
	 */
	static ConnectorListener listener(List<String> allowedOrigins) {
		var origins = allowedOrigins.stream()
			.map(o -> o.strip().toLowerCase(Locale.ROOT))
			.filter(o -> !o.isEmpty() && !o.equals("null"))
			.collect(Collectors.toUnmodifiableSet());
		return new ConnectorListener() {
			@Override
			public void onConnectionCreated(Connection connection) {
				connection.modifyPipeline(
						pipeline -> pipeline.addFirst("ironriverOriginGuard", new BoltOriginGuard(origins)));
			}
		};
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		if (in.readableBytes() < 4) {
			return;
		}
		if (!startsWithGet(in)) {
			// Plain Bolt (or TLS): nothing for this guard to see.
			ctx.pipeline().remove(this);
			return;
		}
		int end = indexOf(in, END_OF_HEAD);
		if (end < 0) {
			if (in.readableBytes() > MAX_HEAD) {
				refuse(ctx, in, "400 Bad Request", "handshake too large");
			}
			return;
		}
		var head = in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1);
		var origin = header(head, "origin");
		if (origin != null && !allowedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
			refuse(ctx, in, "403 Forbidden", "a WebSocket from a web page (Origin " + sanitize(origin)
					+ ") is not accepted on the database port; open Neo4j Browser through the ironriver application");
			return;
		}
		ctx.pipeline().remove(this);
	}

	private static boolean startsWithGet(ByteBuf in) {
		int i = in.readerIndex();
		return in.getByte(i) == 'G' && in.getByte(i + 1) == 'E' && in.getByte(i + 2) == 'T' && in.getByte(i + 3) == ' ';
	}

	private static int indexOf(ByteBuf in, byte[] needle) {
		int found = in.forEachByte(in.readerIndex(), in.readableBytes(), new ByteProcessor() {
			int matched;

			@Override
			public boolean process(byte value) {
				matched = value == needle[matched] ? matched + 1 : (value == needle[0] ? 1 : 0);
				return matched < needle.length;
			}
		});
		return found < 0 ? -1 : found - needle.length + 1;
	}

	/** The value of the first header with this (lower-case) name, or null. */
	static String header(String head, String name) {
		for (var line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

	private static String sanitize(String value) {
		var cleaned = value.replaceAll("[^\\x20-\\x7e]", "?");
		return cleaned.length() > 200 ? cleaned.substring(0, 200) + "..." : cleaned;
	}

	private static void refuse(ChannelHandlerContext ctx, ByteBuf in, String status, String reason) {
		in.skipBytes(in.readableBytes());
		var body = reason.getBytes(StandardCharsets.UTF_8);
		var response = ("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		ctx.writeAndFlush(Unpooled.wrappedBuffer(response, body)).addListener(ChannelFutureListener.CLOSE);
	}

}
