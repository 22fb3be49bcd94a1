package org.ironriver.ingest;

import java.util.Arrays;

/**
 * Business keys seen in a file, mapped to the line that first had them: open addressing
 * on primitive arrays, so a million keys cost 24 MB instead of the ~100 MB of a
 * {@code HashMap<String, Long>}.
 */
public final class LongLineMap {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys = new long[1 << 12];

	private long[] lines = new long[1 << 12];

	private int size;

	public LongLineMap() {
		Arrays.fill(keys, EMPTY);
	}

	/**
	 * Records the key at this line; returns the earlier line when the key was already
	 * there, else 0.
	 */
	public long putIfAbsent(long key, long line) {
		if (size * 2 >= keys.length) {
			grow();
		}
		int slot = slot(key, keys.length);
		while (keys[slot] != EMPTY) {
			if (keys[slot] == key) {
				return lines[slot];
			}
			slot = (slot + 1) & (keys.length - 1);
		}
		keys[slot] = key;
		lines[slot] = line;
		size++;
		return 0;
	}

	private static int slot(long key, int capacity) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & (capacity - 1);
	}

	private void grow() {
		var oldKeys = keys;
		var oldLines = lines;
		keys = new long[oldKeys.length * 2];
		lines = new long[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(oldKeys[i], keys.length);
				while (keys[slot] != EMPTY) {
					slot = (slot + 1) & (keys.length - 1);
				}
				keys[slot] = oldKeys[i];
				lines[slot] = oldLines[i];
			}
		}
	}

}
