package org.ironriver.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * The users and API keys of this installation, from {@code IRONRIVER_USERS},
 * {@code IRONRIVER_USERS_FILE} and {@code IRONRIVER_EDITOR_TOKEN}. Only hashes are kept:
 * bcrypt for passwords (people choose them, so guessing must be slow), SHA-256 for API
 * keys (generated with 256 random bits, so a fast hash is enough and every request can
 * afford it).
 *
 * <p>
 * One entry per line: {@code user:<name>:{bcrypt}<hash>:<role>} or
 * {@code key:<name>:{sha256}<hex>:<role>}; blank lines and lines starting with {@code #}
 * are ignored. {@code ironriver hash-password} and {@code ironriver new-api-key} print
 * such lines.
 */
final class Accounts {

	record User(String name, String passwordHash, Role role) {
	}

	record ApiKey(String name, Role role) {
	}

	static final String EDITOR_TOKEN_NAME = "editor-token";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	private static final Pattern SHA256 = Pattern.compile("\\{sha256}[0-9a-fA-F]{64}");

	private final List<User> users;

	/** By the hex SHA-256 of the key. */
	private final Map<String, ApiKey> keys;

	private Accounts(List<User> users, Map<String, ApiKey> keys) {
		this.users = List.copyOf(users);
		this.keys = Map.copyOf(keys);
	}

	static Accounts load(SecurityProperties properties, EditorProperties editors) {
		var users = new LinkedHashMap<String, User>();
		var keys = new HashMap<String, ApiKey>();
		var keyNames = new HashMap<String, String>();
		int entry = 0;
		for (var line : properties.users()) {
			entry++;
			parse(line, "IRONRIVER_USERS entry " + entry, users, keys, keyNames);
		}
		if (properties.usersFile() != null && !properties.usersFile().isBlank()) {
			var file = Path.of(properties.usersFile().strip());
			List<String> lines;
			try {
				lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new SecuritySetupException(
						"cannot read the users file " + file + " (IRONRIVER_USERS_FILE): " + ex.getMessage());
			}
			for (int i = 0; i < lines.size(); i++) {
				parse(lines.get(i), "users file " + file + " line " + (i + 1), users, keys, keyNames);
			}
		}
		if (editors.token() != null) {
			add(keys, keyNames, DigestUtils.sha256Hex(editors.token()), new ApiKey(EDITOR_TOKEN_NAME, Role.EDITOR),
					"IRONRIVER_EDITOR_TOKEN");
		}
		return new Accounts(new ArrayList<>(users.values()), keys);
	}

	private static void parse(String raw, String where, Map<String, User> users, Map<String, ApiKey> keys,
			Map<String, String> keyNames) {
		var line = raw.strip();
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		var parts = line.split(":", -1);
		if (parts.length != 4 || !(parts[0].equals("user") || parts[0].equals("key"))) {
			throw new SecuritySetupException(where + ": expected 'user:<name>:{bcrypt}<hash>:<role>' or "
					+ "'key:<name>:{sha256}<hex>:<role>' (ironriver hash-password and new-api-key print them)");
		}
		var name = parts[1];
		if (!NAME.matcher(name).matches()) {
			throw new SecuritySetupException(
					where + ": the name '" + name + "' is not letters, digits, '.', '_', '@' or '-'");
		}
		var role = Role.parse(parts[3])
			.orElseThrow(() -> new SecuritySetupException(
					where + ": unknown role '" + parts[3] + "' (reader, analyst, editor or admin)"));
		if (parts[0].equals("user")) {
			if (!BCRYPT.matcher(parts[2]).matches()) {
				throw new SecuritySetupException(where + ": the password of '" + name + "' is not a {bcrypt} hash "
						+ "(plain passwords are not accepted; ironriver hash-password makes the hash)");
			}
			if (users.putIfAbsent(name, new User(name, parts[2], role)) != null) {
				throw new SecuritySetupException(where + ": the user '" + name + "' is declared twice");
			}
		}
		else {
			if (!SHA256.matcher(parts[2]).matches()) {
				throw new SecuritySetupException(where + ": the key '" + name
						+ "' is not a {sha256} hash of 64 hex digits " + "(ironriver new-api-key makes one)");
			}
			add(keys, keyNames, parts[2].substring("{sha256}".length()).toLowerCase(), new ApiKey(name, role), where);
		}
	}

	private static void add(Map<String, ApiKey> keys, Map<String, String> names, String hash, ApiKey key,
			String where) {
		if (names.putIfAbsent(key.name(), hash) != null) {
			throw new SecuritySetupException(where + ": the key '" + key.name() + "' is declared twice");
		}
		if (keys.putIfAbsent(hash, key) != null) {
			throw new SecuritySetupException(
					where + ": the key '" + key.name() + "' is the same secret as another key");
		}
	}

	List<User> users() {
		return users;
	}

	int keyCount() {
		return keys.size();
	}

	boolean editorToken() {
		return keys.values().stream().anyMatch(key -> key.name().equals(EDITOR_TOKEN_NAME));
	}

	boolean isEmpty() {
		return users.isEmpty() && keys.isEmpty();
	}

	/** The key whose secret this is. */
	Optional<ApiKey> key(String presented) {
		if (presented == null || presented.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(keys.get(DigestUtils.sha256Hex(presented.strip())));
	}

}
