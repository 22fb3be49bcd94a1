package org.ironriver.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded database's password: generated once per store, kept in a file beside the
 * store that only its owner can read, handed to the application's own driver and never
 * logged or shown. Nobody types it: the application connects with it, and Neo4j Browser
 * reaches the database only through the application's Bolt gateway, which adds it on the
 * way. A Bolt client that does not know it is refused by the database itself.
 */
final class BoltSecret {

	/**
	 * Inside the store directory, so that copying or deleting a store takes its password
	 * along.
	 */
	static final String FILE_NAME = "ironriver-bolt.secret";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private BoltSecret() {
	}

	static Path file(Path storeDir) {
		return storeDir.resolve(FILE_NAME);
	}

	/**
	 * The secret of an existing store, without creating one (for clients of a database
	 * another process runs).
	 */
	static Optional<String> ifPresent(Path storeDir) {
		var file = file(storeDir);
		try {
			return Files.isReadable(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The store's secret, created on first use; the file is made owner-only if someone
	 * widened it.
	 */
	static String forStore(Path storeDir) {
		var file = file(storeDir);
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			restrict(file);
			var secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (secret.length() < 32) {
				throw new DatabaseStartupException("the embedded database's password file " + file
						+ " is shorter than 32 characters: delete it and start again to generate a new one");
			}
			return secret;
		}
		catch (IOException ex) {
			throw new DatabaseStartupException(
					"cannot read or create the embedded database's password file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void create(Path file) throws IOException {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			if (posix(file.getParent())) {
				// Created with its permissions, so it is never readable by others, not
				// even for an instant.
				Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			else {
				Files.createFile(file);
			}
		}
		catch (FileAlreadyExistsException raced) {
			return;
		}
		Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
	}

	private static void restrict(Path file) throws IOException {
		if (posix(file)) {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
		}
		else {
			var f = file.toFile();
			f.setReadable(false, false);
			f.setReadable(true, true);
			f.setWritable(false, false);
			f.setWritable(true, true);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
