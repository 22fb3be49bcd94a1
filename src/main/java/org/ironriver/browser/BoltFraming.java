package org.ironriver.browser;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bolt's message framing: a message is a run of chunks, each a 2-byte size and that many
 * bytes, ended by an empty chunk. {@link Reader} collects bytes as they arrive and hands
 * out whole messages.
 */
final class BoltFraming {

	/**
	 * A whole message: its bytes as framed on the wire, and its payload (one PackStream
	 * structure).
	 */
	record Message(byte[] framed, byte[] payload) {

		/** The structure's signature byte: which message this is. */
		byte signature() {
			return payload.length > 1 ? payload[1] : 0;
		}
	}

	private BoltFraming() {
	}

	static byte[] frame(byte[] payload) {
		var out = new ByteArrayOutputStream(payload.length + 6);
		for (int offset = 0; offset < payload.length; offset += 0xFFFF) {
			int size = Math.min(0xFFFF, payload.length - offset);
			out.write(size >>> 8);
			out.write(size & 0xFF);
			out.write(payload, offset, size);
		}
		out.write(0);
		out.write(0);
		return out.toByteArray();
	}

	/**
	 * Bytes in, whole messages out; a message larger than the limit is refused rather
	 * than buffered.
	 */
	static final class Reader {

		private final int maxMessageSize;

		private byte[] buffer = new byte[8192];

		private int length;

		Reader(int maxMessageSize) {
			this.maxMessageSize = maxMessageSize;
		}

		void append(byte[] bytes, int offset, int count) {
			if (length + count > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
			}
			System.arraycopy(bytes, offset, buffer, length, count);
			length += count;
		}

		int available() {
			return length;
		}

		/**
		 * The first {@code count} bytes, taken out of the buffer (the handshake, which is
		 * not framed).
		 */
		byte[] take(int count) {
			var taken = Arrays.copyOf(buffer, count);
			consume(count);
			return taken;
		}

		Optional<Message> next() {
			var payload = new ByteArrayOutputStream();
			int position = 0;
			while (true) {
				if (position + 2 > length) {
					checkSize(position);
					return Optional.empty();
				}
				int size = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
				position += 2;
				if (size == 0) {
					if (payload.size() == 0) {
						// A NOOP chunk (keep-alive) between messages: pass it on as its
						// own "message".
						var framed = take(position);
						return Optional.of(new Message(framed, new byte[0]));
					}
					var framed = take(position);
					return Optional.of(new Message(framed, payload.toByteArray()));
				}
				if (position + size > length) {
					checkSize(position + size);
					return Optional.empty();
				}
				payload.write(buffer, position, size);
				position += size;
			}
		}

		private void checkSize(int needed) {
			if (needed > maxMessageSize) {
				throw new IllegalArgumentException("Bolt message larger than " + maxMessageSize + " bytes");
			}
		}

		private void consume(int count) {
			System.arraycopy(buffer, count, buffer, 0, length - count);
			length -= count;
		}

	}

}
