package org.ironriver.browser;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neo4j's PackStream encoding, as much of it as the Bolt gateway needs to read and
 * rewrite a message: every value kind, structures kept as their signature and fields. A
 * message is one structure.
 */
final class PackStream {

	/**
	 * A structure: a message, or a value such as a node or a date, which the gateway
	 * passes on as it came.
	 */
	record Structure(byte signature, List<Object> fields) {
	}

	/**
	 * Nesting deeper than this is refused: a message is a few levels deep, a hostile one
	 * could be thousands.
	 */
	private static final int MAX_DEPTH = 256;

	private PackStream() {
	}

	static Object unpack(ByteBuffer in) {
		return unpack(in, 0);
	}

	private static Object unpack(ByteBuffer in, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("PackStream value nested deeper than " + MAX_DEPTH);
		}
		int marker = in.get() & 0xFF;
		if (marker < 0x80) {
			return (long) marker;
		}
		if (marker >= 0xF0) {
			return (long) (byte) marker;
		}
		int high = marker & 0xF0;
		int low = marker & 0x0F;
		switch (high) {
			case 0x80:
				return string(in, low);
			case 0x90:
				return list(in, low, depth);
			case 0xA0:
				return map(in, low, depth);
			case 0xB0:
				return structure(in, low, depth);
			default:
				break;
		}
		return switch (marker) {
			case 0xC0 -> null;
			case 0xC1 -> in.getDouble();
			case 0xC2 -> false;
			case 0xC3 -> true;
			case 0xC8 -> (long) in.get();
			case 0xC9 -> (long) in.getShort();
			case 0xCA -> (long) in.getInt();
			case 0xCB -> in.getLong();
			case 0xCC -> bytes(in, in.get() & 0xFF);
			case 0xCD -> bytes(in, in.getShort() & 0xFFFF);
			case 0xCE -> bytes(in, size(in.getInt()));
			case 0xD0 -> string(in, in.get() & 0xFF);
			case 0xD1 -> string(in, in.getShort() & 0xFFFF);
			case 0xD2 -> string(in, size(in.getInt()));
			case 0xD4 -> list(in, in.get() & 0xFF, depth);
			case 0xD5 -> list(in, in.getShort() & 0xFFFF, depth);
			case 0xD6 -> list(in, size(in.getInt()), depth);
			case 0xD8 -> map(in, in.get() & 0xFF, depth);
			case 0xD9 -> map(in, in.getShort() & 0xFFFF, depth);
			case 0xDA -> map(in, size(in.getInt()), depth);
			default -> throw new IllegalArgumentException("unknown PackStream marker 0x" + Integer.toHexString(marker));
		};
	}

	private static int size(int size) {
		if (size < 0) {
			throw new IllegalArgumentException("PackStream size over 2 GiB");
		}
		return size;
	}

	private static byte[] bytes(ByteBuffer in, int size) {
		if (size > in.remaining()) {
			throw new IllegalArgumentException("PackStream value longer than its message");
		}
		var bytes = new byte[size];
		in.get(bytes);
		return bytes;
	}

	private static String string(ByteBuffer in, int size) {
		return new String(bytes(in, size), StandardCharsets.UTF_8);
	}

	private static List<Object> list(ByteBuffer in, int size, int depth) {
		// Each element takes at least one byte: a size beyond what is left cannot be
		// real.
		if (size > in.remaining()) {
			throw new IllegalArgumentException("PackStream list longer than its message");
		}
		var list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(unpack(in, depth + 1));
		}
		return list;
	}

	private static Map<String, Object> map(ByteBuffer in, int size, int depth) {
		if (size > in.remaining()) {
			throw new IllegalArgumentException("PackStream map longer than its message");
		}
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < size; i++) {
			if (!(unpack(in, depth + 1) instanceof String key)) {
				throw new IllegalArgumentException("PackStream map key is not a string");
			}
			map.put(key, unpack(in, depth + 1));
		}
		return map;
	}

	private static Structure structure(ByteBuffer in, int size, int depth) {
		byte signature = in.get();
		var fields = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			fields.add(unpack(in, depth + 1));
		}
		return new Structure(signature, fields);
	}

	static byte[] pack(Object value) {
		var out = new ByteArrayOutputStream();
		pack(value, out);
		return out.toByteArray();
	}

	static void pack(Object value, ByteArrayOutputStream out) {
		if (value == null) {
			out.write(0xC0);
		}
		else if (value instanceof Boolean b) {
			out.write(b ? 0xC3 : 0xC2);
		}
		else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			packInteger(((Number) value).longValue(), out);
		}
		else if (value instanceof Double || value instanceof Float) {
			out.write(0xC1);
			writeLong(Double.doubleToLongBits(((Number) value).doubleValue()), out);
		}
		else if (value instanceof String s) {
			var bytes = s.getBytes(StandardCharsets.UTF_8);
			header(bytes.length, 0x80, 0xD0, out);
			out.writeBytes(bytes);
		}
		else if (value instanceof byte[] bytes) {
			if (bytes.length <= 0xFF) {
				out.write(0xCC);
				out.write(bytes.length);
			}
			else if (bytes.length <= 0xFFFF) {
				out.write(0xCD);
				writeShort(bytes.length, out);
			}
			else {
				out.write(0xCE);
				writeInt(bytes.length, out);
			}
			out.writeBytes(bytes);
		}
		else if (value instanceof List<?> list) {
			header(list.size(), 0x90, 0xD4, out);
			list.forEach(v -> pack(v, out));
		}
		else if (value instanceof Map<?, ?> map) {
			header(map.size(), 0xA0, 0xD8, out);
			map.forEach((k, v) -> {
				pack(String.valueOf(k), out);
				pack(v, out);
			});
		}
		else if (value instanceof Structure s) {
			if (s.fields().size() > 15) {
				throw new IllegalArgumentException("structure with more than 15 fields");
			}
			out.write(0xB0 | s.fields().size());
			out.write(s.signature());
			s.fields().forEach(v -> pack(v, out));
		}
		else {
			throw new IllegalArgumentException("cannot pack " + value.getClass().getName());
		}
	}

	private static void packInteger(long v, ByteArrayOutputStream out) {
		if (v >= -16 && v <= 127) {
			out.write((int) v & 0xFF);
		}
		else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
			out.write(0xC8);
			out.write((int) v & 0xFF);
		}
		else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
			out.write(0xC9);
			writeShort((int) v, out);
		}
		else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
			out.write(0xCA);
			writeInt((int) v, out);
		}
		else {
			out.write(0xCB);
			writeLong(v, out);
		}
	}

	/**
	 * Tiny (size in the marker), 8, 16 or 32-bit size: the markers of a kind follow each
	 * other.
	 */
	private static void header(int size, int tiny, int sized8, ByteArrayOutputStream out) {
		if (size < 16) {
			out.write(tiny | size);
		}
		else if (size <= 0xFF) {
			out.write(sized8);
			out.write(size);
		}
		else if (size <= 0xFFFF) {
			out.write(sized8 + 1);
			writeShort(size, out);
		}
		else {
			out.write(sized8 + 2);
			writeInt(size, out);
		}
	}

	private static void writeShort(int v, ByteArrayOutputStream out) {
		out.write((v >>> 8) & 0xFF);
		out.write(v & 0xFF);
	}

	private static void writeInt(int v, ByteArrayOutputStream out) {
		writeShort(v >>> 16, out);
		writeShort(v, out);
	}

	private static void writeLong(long v, ByteArrayOutputStream out) {
		writeInt((int) (v >>> 32), out);
		writeInt((int) v, out);
	}

}
