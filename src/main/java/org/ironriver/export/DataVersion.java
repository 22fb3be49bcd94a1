package org.ironriver.export;

/**
 * What data an answer came from: the curated dataset's checksum and load time, and the
 * latest import (or null).
 */
public record DataVersion(String curatedChecksum, String curatedLoadedAt, String latestImport) {
}
