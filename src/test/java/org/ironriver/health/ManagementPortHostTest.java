package org.ironriver.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

/**
 * The actuator on a port of its own is behind the same Host check as the application: a
 * page whose name was rebound to this machine cannot read health or metrics there, even
 * in the local single-user mode where this machine's requests are the admin.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}", "MANAGEMENT_PORT=0" })
class ManagementPortHostTest {

	@Autowired
	Environment environment;

	@Test
	void a_foreign_host_is_refused_on_the_management_port_and_the_own_host_is_answered() throws IOException {
		int port = environment.getRequiredProperty("local.management.port", Integer.class);
		assertThat(statusLine(port, "evil.example:" + port)).contains(" 421 ");
		assertThat(statusLine(port, "localhost:" + port)).contains(" 200 ");
	}

	private static String statusLine(int port, String host) throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("GET /actuator/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			var line = new StringBuilder();
			int c;
			while ((c = socket.getInputStream().read()) != -1 && c != '\n') {
				line.append((char) c);
			}
			return line.toString();
		}
	}

}
