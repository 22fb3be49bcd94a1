package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.ironriver.cli.ExitCodes;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/**
 * {@code ironriver cypher}, run in-process on the test context's database, output
 * captured.
 */
@IntegrationTest
class CypherCommandTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jSessions sessions;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		var commandLine = new CommandLine(new CypherCommand(context));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void prints_the_rows_of_a_parameterized_read() {
		assertThat(run("MATCH (c:Country {id: $id}) RETURN c.id AS id, c.name AS name", "--param", "id=MX"))
			.isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).isEqualTo("id | name\n-- | ------\nMX | Mexico\n(1 row)\n");
	}

	@Test
	void says_on_stderr_when_it_cut_the_answer() {
		assertThat(run("UNWIND range(1, 10) AS i RETURN i", "--max-rows", "3", "--format", "csv"))
			.isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).isEqualTo("i\r\n1\r\n2\r\n3\r\n");
		assertThat(err.toString()).contains("truncated at 3 rows");
	}

	@Test
	void refuses_a_write_with_one_line_and_exit_code_3_leaving_the_graph_unchanged() {
		var before = GraphFingerprint.of(sessions);
		assertThat(run("MATCH (d:Dealer) DETACH DELETE d")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(err.toString())
			.isEqualTo("ironriver: refused: the query writes to the graph (DetachDelete); only reads are allowed here"
					+ System.lineSeparator());
		assertThat(run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(out.toString()).isEmpty();
		assertThat(GraphFingerprint.of(sessions)).isEqualTo(before);
	}

	@Test
	void a_missing_query_is_a_usage_error() {
		assertThat(run()).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString()).contains("Missing required parameter: 'QUERY'");
	}

}
