package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

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
 * {@code ironriver query} leaves the same audit event as {@code POST
 * /api/queries/{name}}, from the CLI.
 */
@IntegrationTest
class QueryCommandAuditTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	AuditLog audit;

	@Test
	void a_command_line_library_query_is_audited_by_name_and_an_unknown_one_as_refused() {
		var commandLine = new CommandLine(new QueryCommand(context));
		commandLine.setOut(new PrintWriter(new StringWriter(), true));
		commandLine.setErr(new PrintWriter(new StringWriter(), true));

		assertThat(commandLine.execute("appeal-chain")).isEqualTo(ExitCodes.OK);
		assertThat(commandLine.execute("no-such-query-for-audit")).isEqualTo(ExitCodes.USAGE);

		assertThat(audit.flush(Duration.ofSeconds(10))).isTrue();
		var event = sessions.read(
				tx -> tx
					.run("MATCH (a:AuditEvent {kind: 'query', query: 'appeal-chain', where: 'cli'}) "
							+ "RETURN a ORDER BY a.at DESC LIMIT 1")
					.single()
					.get("a")
					.asNode()
					.asMap(Value::asObject));
		assertThat(event).containsEntry("who", System.getProperty("user.name") + " (cli)")
			.containsEntry("rows", 3L)
			.containsEntry("outcome", "ok");
		String unknown = sessions.read(
				tx -> tx
					.run("MATCH (a:AuditEvent {kind: 'query', query: 'no-such-query-for-audit'}) "
							+ "RETURN a.outcome AS outcome")
					.single()
					.get("outcome")
					.asString());
		assertThat(unknown).isEqualTo("refused");
	}

}
