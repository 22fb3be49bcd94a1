package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Without NEO4J_URI the command line opens the embedded store itself; when a running
 * ironriver holds it, the one line says how to go through that one instead, on the Bolt
 * port it was configured with.
 */
class HeldStoreMessageTest {

	@Test
	void names_the_configured_bolt_port_not_the_default() throws Exception {
		try (var running = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = running.getLocalPort();

			var message = ImportCommand.heldStoreMessage(Map.of("IRONRIVER_EMBEDDED_BOLT_PORT", String.valueOf(port)));

			assertThat(message)
				.isEqualTo("the embedded database is held by a running ironriver; import through it with "
						+ "NEO4J_URI=bolt://localhost:" + port + " ironriver import …");
		}
	}

	@Test
	void says_nothing_when_nothing_listens_there_or_an_external_database_is_named() throws Exception {
		int port;
		try (var closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort();
		}
		assertThat(ImportCommand.heldStoreMessage(Map.of("IRONRIVER_EMBEDDED_BOLT_PORT", String.valueOf(port))))
			.isNull();
		try (var running = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThat(ImportCommand.heldStoreMessage(Map.of("IRONRIVER_EMBEDDED_BOLT_PORT",
					String.valueOf(running.getLocalPort()), "NEO4J_URI", "bolt://db.example:7687")))
				.isNull();
		}
	}

	@Test
	void a_free_port_setting_points_to_the_start_up_lines_instead_of_guessing() {
		assertThat(ImportCommand.heldStoreText(0))
			.contains("NEO4J_URI=bolt://localhost:<its Bolt port, in its start-up lines>");
		assertThat(ImportCommand.heldStoreText(7688)).contains("NEO4J_URI=bolt://localhost:7688 ");
	}

}
