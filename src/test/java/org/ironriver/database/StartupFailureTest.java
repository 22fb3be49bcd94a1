package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.IronriverCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database that cannot start or be reached ends the start-up with one clear line and a non-zero exit code. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

	@Test
	void a_taken_bolt_port_is_reported_in_one_line(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int exit = IronriverCommand.run("serve", "--ironriver.embedded.bolt-port=" + taken.getLocalPort(),
					"--ironriver.embedded.store-dir=" + store, "--server.port=0");
			assertThat(exit).isEqualTo(ExitCodes.FAILURE);
			assertThat(output).contains("ironriver: the embedded Neo4j could not start on 127.0.0.1:" + taken.getLocalPort());
			assertNoStackTrace(output);
		}
	}

	@Test
	void an_unreachable_external_database_is_reported_in_one_line(CapturedOutput output) throws Exception {
		int closedPort = DatabaseOutageTest.freePort();
		int exit = IronriverCommand.run("serve", "--NEO4J_URI=bolt://localhost:" + closedPort, "--server.port=0");
		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertThat(output).contains("ironriver: cannot reach Neo4j at bolt://localhost:" + closedPort);
		assertNoStackTrace(output);
	}

	@Test
	void a_store_directory_that_cannot_be_created_is_reported_in_one_line(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		var file = Files.writeString(dir.resolve("not-a-directory"), "x");
		int exit = IronriverCommand.run("serve", "--ironriver.embedded.store-dir=" + file, "--server.port=0",
				"--ironriver.embedded.bolt-port=0");
		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertThat(output).contains("ironriver: cannot create the embedded store directory " + file);
		assertNoStackTrace(output);
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")).count()).isZero();
		assertThat(output).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("Exception encountered during context initialization")
			.doesNotContain("Error starting ApplicationContext");
	}

	@Test
	void a_taken_http_port_is_reported_in_one_line(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int exit = IronriverCommand.run("serve", "--server.port=" + taken.getLocalPort(),
					"--ironriver.embedded.store-dir=" + store, "--ironriver.embedded.bolt-port=0");
			assertThat(exit).isEqualTo(ExitCodes.FAILURE);
			assertThat(output).contains("ironriver: Port " + taken.getLocalPort() + " is already in use");
			assertNoStackTrace(output);
		}
	}
}
