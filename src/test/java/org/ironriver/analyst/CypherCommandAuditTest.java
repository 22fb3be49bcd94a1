package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.audit.AuditLog;
import org.ironriver.cli.ExitCodes;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/**
 * {@code ironriver cypher} leaves the same audit event as {@code POST /api/cypher}, as
 * the OS user from the CLI.
 */
@IntegrationTest
class CypherCommandAuditTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	AuditLog audit;

	@Test
	void a_command_line_query_is_audited_with_the_os_user_rows_and_parameters() {
		var query = "MATCH (c:Country {id: $id}) RETURN c.name AS name";
		var commandLine = new CommandLine(new CypherCommand(context));
		commandLine.setOut(new PrintWriter(new StringWriter(), true));
		commandLine.setErr(new PrintWriter(new StringWriter(), true));

		assertThat(commandLine.execute(query, "--param", "id=MX")).isEqualTo(ExitCodes.OK);

		assertThat(audit.flush(Duration.ofSeconds(10))).isTrue();
		var event = sessions
			.read(tx -> tx
				.run("MATCH (a:AuditEvent {kind: 'cypher', queryHash: $hash}) RETURN a " + "ORDER BY a.at DESC LIMIT 1",
						Map.of("hash", DigestUtils.sha256Hex(query)))
				.single()
				.get("a")
				.asNode()
				.asMap(Value::asObject));
		assertThat(event).containsEntry("who", System.getProperty("user.name") + " (cli)")
			.containsEntry("where", "cli")
			.containsEntry("rows", 1L)
			.containsEntry("outcome", "ok")
			.containsEntry("parameters", "{\"id\":\"MX\"}");
	}

}
