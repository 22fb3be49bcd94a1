package org.ironriver.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The two commands that make a line for the users file; neither needs the database. */
public final class CredentialCommands {

	private CredentialCommands() {
	}

	@Command(name = "hash-password", mixinStandardHelpOptions = true, description = {
			"Print a users-file line for a user: user:<name>:{bcrypt}<hash>:<role>.",
			"The password is read from the terminal (twice) or, without one, from the first line of standard input; "
					+ "never from the command line, where other users and the shell history would see it." })
	public static class HashPassword implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Parameters(index = "0", description = "user name: letters, digits, '.', '_', '@', '-'")
		String name;

		@Parameters(index = "1", defaultValue = "reader",
				description = "reader, analyst, editor or admin (default: ${DEFAULT-VALUE})")
		String role;

		@Override
		public Integer call() throws IOException {
			var parsedRole = role(role);
			checkName(name);
			char[] password;
			var console = System.console();
			if (console != null) {
				password = console.readPassword("Password for %s: ", name);
				var again = console.readPassword("Again: ");
				if (password == null || again == null || !Arrays.equals(password, again)) {
					throw new IllegalArgumentException("the two passwords differ");
				}
				Arrays.fill(again, ' ');
			}
			else {
				var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				password = line == null ? new char[0] : line.toCharArray();
			}
			if (password.length < 12) {
				throw new IllegalArgumentException("a password needs at least 12 characters");
			}
			var hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(new String(password));
			Arrays.fill(password, ' ');
			out(spec).println("user:" + name + ":" + hash + ":" + parsedRole.label());
			return 0;
		}

	}

	@Command(name = "new-api-key", mixinStandardHelpOptions = true,
			description = {
					"Make a new random API key: prints the key (give it to the client; it is shown only once) and "
							+ "the users-file line key:<name>:{sha256}<hex>:<role> (the server keeps only the hash).",
					"Clients send it as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'." })
	public static class NewApiKey implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Parameters(index = "0", description = "key name, e.g. the client or the person it is for")
		String name;

		@Parameters(index = "1", defaultValue = "reader",
				description = "reader, analyst, editor or admin (default: ${DEFAULT-VALUE})")
		String role;

		@Option(names = "--line-only", description = "print only the users-file line (the key goes to standard error)")
		boolean lineOnly;

		@Override
		public Integer call() {
			var parsedRole = role(role);
			checkName(name);
			var bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			var key = "irk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			var line = "key:" + name + ":{sha256}" + DigestUtils.sha256Hex(key) + ":" + parsedRole.label();
			if (lineOnly) {
				spec.commandLine().getErr().println("API key for " + name + ": " + key);
				out(spec).println(line);
			}
			else {
				out(spec).println("API key for " + name + " (shown once): " + key);
				out(spec).println("users-file line: " + line);
			}
			return 0;
		}

	}

	private static Role role(String text) {
		return Role.parse(text)
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown role '" + text + "': reader, analyst, editor or admin"));
	}

	private static void checkName(String name) {
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
			throw new IllegalArgumentException("the name '" + name + "' is not letters, digits, '.', '_', '@' or '-'");
		}
	}

	private static PrintWriter out(CommandLine.Model.CommandSpec spec) {
		return spec.commandLine().getOut();
	}

}
