package org.ironriver.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ironriver.cli.ExitCodes;
import org.ironriver.IronriverCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A database that cannot start or be reached ends the start-up with one clear line and a
 * non-zero exit code.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

	@Test
	void a_taken_bolt_port_is_reported_in_one_line(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int exit = IronriverCommand.run("serve", "--ironriver.embedded.bolt-port=" + taken.getLocalPort(),
					"--ironriver.embedded.store-dir=" + store, "--server.port=0");
			assertThat(exit).isEqualTo(ExitCodes.FAILURE);
			assertThat(output)
				.contains("ironriver: the embedded Neo4j could not start on 127.0.0.1:" + taken.getLocalPort());
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
		assertThat(output).contains("ironriver: cannot create the embedded store directory " + file)
			.contains("set IRONRIVER_EMBEDDED_STORE_DIR to a directory");
		assertNoStackTrace(output);
	}

	@Test
	void garbage_where_the_store_files_go_is_reported_in_one_line_naming_the_directory_and_what_to_do(
			@TempDir Path store, CapturedOutput output) throws Exception {
		var random = new java.util.Random(7);
		var databases = Files.createDirectories(store.resolve("data/databases/neo4j"));
		var transactions = Files.createDirectories(store.resolve("data/transactions/neo4j"));
		for (var file : new Path[] { databases.resolve("neostore"), databases.resolve("neostore.nodestore.db"),
				databases.resolve("neostore.relationshipstore.db"),
				transactions.resolve("neostore.transaction.db.0") }) {
			var bytes = new byte[64 * 1024];
			random.nextBytes(bytes);
			Files.write(file, bytes);
		}

		int exit = IronriverCommand.run("serve", "--ironriver.embedded.store-dir=" + store, "--server.port=0",
				"--ironriver.embedded.bolt-port=0");

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertOneLine(output, "ironriver: the embedded store " + store.toAbsolutePath() + " cannot be opened (");
		assertThat(output).contains("set IRONRIVER_EMBEDDED_STORE_DIR to another directory")
			.contains("restore it from a backup");
		assertNoStackTrace(output);
	}

	@Test
	void a_file_where_the_store_keeps_its_data_directory_is_reported_in_one_line(@TempDir Path store,
			CapturedOutput output) throws Exception {
		Files.writeString(store.resolve("data"), "not a directory");

		int exit = IronriverCommand.run("serve", "--ironriver.embedded.store-dir=" + store, "--server.port=0",
				"--ironriver.embedded.bolt-port=0");

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertOneLine(output, "ironriver: the embedded store " + store.toAbsolutePath() + " cannot be opened (");
		assertNoStackTrace(output);
	}

	@Test
	void a_directory_of_other_files_is_not_taken_for_a_store(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "an investigator's notes");
		Files.createDirectories(dir.resolve("photos"));

		int exit = IronriverCommand.run("serve", "--ironriver.embedded.store-dir=" + dir, "--server.port=0",
				"--ironriver.embedded.bolt-port=0");

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertOneLine(output, "ironriver: the embedded store directory " + dir.toAbsolutePath()
				+ " holds other files (notes.txt, photos) and no Neo4j store; set IRONRIVER_EMBEDDED_STORE_DIR");
		assertThat(Files.exists(dir.resolve("data"))).as("nothing written among them").isFalse();
		assertNoStackTrace(output);
	}

	/** The message is on one line of its own, and no other line says "ironriver:". */
	private static void assertOneLine(CapturedOutput output, String start) {
		assertThat(output.getAll().lines().filter(line -> line.startsWith("ironriver: ")).toList()).singleElement()
			.satisfies(line -> assertThat(line).startsWith(start));
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
