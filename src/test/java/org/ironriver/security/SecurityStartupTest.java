package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.cli.ExitCodes;
import org.ironriver.IronriverCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Settings that would serve the graph wrongly stop the start in one line, and the
 * commands that make users-file lines make lines the server accepts.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityStartupTest {

	@Test
	void a_non_loopback_bind_without_users_refuses_to_start_in_one_line(@TempDir Path store, CapturedOutput output) {
		int exit = IronriverCommand.run("serve", "--server.address=0.0.0.0", "--server.port=0",
				"--ironriver.embedded.bolt-port=0", "--ironriver.embedded.store-dir=" + store);

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		var lines = output.getAll().lines().filter(line -> line.startsWith("ironriver: ")).toList();
		assertThat(lines)
			.containsExactly("ironriver: the HTTP server would listen on 0.0.0.0 (SERVER_ADDRESS), not only "
					+ "on this machine, and no users are configured: configure users or API keys (IRONRIVER_USERS_FILE, see "
					+ "'ironriver hash-password') or an identity provider (IRONRIVER_OIDC_ISSUER_URI), or keep SERVER_ADDRESS=127.0.0.1");
		assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")).count()).isZero();
	}

	@Test
	void a_users_file_with_a_plain_password_refuses_to_start_naming_the_line(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		var users = Files.writeString(dir.resolve("users"), "# team\n\nuser:alice:hunter2:editor\n");

		int exit = IronriverCommand.run("serve", "--server.port=0", "--ironriver.embedded.bolt-port=0",
				"--ironriver.embedded.store-dir=" + dir.resolve("store"), "--ironriver.security.users-file=" + users);

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertThat(output)
			.contains("ironriver: users file " + users + " line 3: the password of 'alice' is not a {bcrypt} hash");
	}

	@Test
	void hash_password_reads_the_password_from_standard_input_and_prints_a_line_the_server_accepts(
			CapturedOutput output) {
		var stdin = System.in;
		try {
			System.setIn(new ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(IronriverCommand.run("hash-password", "alice", "editor")).isZero();
		}
		finally {
			System.setIn(stdin);
		}
		var line = output.getOut().lines().filter(l -> l.startsWith("user:")).findFirst().orElseThrow();
		assertThat(line).startsWith("user:alice:{bcrypt}$2a$10$")
			.endsWith(":editor")
			.doesNotContain("a long enough password");

		var accounts = Accounts.load(new SecurityProperties(List.of("localhost"), List.of(line), null,
				new SecurityProperties.Oidc(null, null, null, null)), new EditorProperties(null));
		var user = accounts.users().get(0);
		assertThat(user.name()).isEqualTo("alice");
		assertThat(user.role()).isEqualTo(Role.EDITOR);
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
			.matches("a long enough password", user.passwordHash())).isTrue();
	}

	@Test
	void new_api_key_prints_a_key_and_the_line_with_only_its_hash(CapturedOutput output) {
		assertThat(IronriverCommand.run("new-api-key", "ci-loader", "editor")).isZero();

		var out = output.getOut().lines().toList();
		var key = out.stream()
			.filter(l -> l.startsWith("API key for ci-loader (shown once): "))
			.findFirst()
			.orElseThrow()
			.substring("API key for ci-loader (shown once): ".length());
		var line = out.stream()
			.filter(l -> l.startsWith("users-file line: "))
			.findFirst()
			.orElseThrow()
			.substring("users-file line: ".length());
		assertThat(key).startsWith("irk_").hasSizeGreaterThan(40);
		assertThat(line).doesNotContain(key)
			.isEqualTo("key:ci-loader:{sha256}" + DigestUtils.sha256Hex(key) + ":editor");

		var accounts = Accounts.load(new SecurityProperties(List.of("localhost"), List.of(line), null,
				new SecurityProperties.Oidc(null, null, null, null)), new EditorProperties(null));
		assertThat(accounts.key(key)).contains(new Accounts.ApiKey("ci-loader", Role.EDITOR));
		assertThat(accounts.key(key + "x")).isEmpty();
	}

}
