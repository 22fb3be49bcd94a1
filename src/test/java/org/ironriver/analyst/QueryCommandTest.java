package org.ironriver.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.ironriver.cli.ExitCodes;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/**
 * {@code ironriver query}, run in-process on the test context's database, output
 * captured.
 */
@IntegrationTest
class QueryCommandTest {

	@Autowired
	ApplicationContext context;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		var commandLine = new CommandLine(new QueryCommand(context));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void prints_a_library_query_as_a_table() {
		assertThat(run("dealers-sued-and-where")).isEqualTo(ExitCodes.OK);
		var lines = out.toString().lines().toList();
		assertThat(lines.get(0)).startsWith("dealer").contains("| city").contains("| state");
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Sprague's Sports, Inc.").contains("Yuma, Arizona"));
		assertThat(lines.get(lines.size() - 1)).isEqualTo("(6 rows)");
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void takes_parameters_as_json_or_as_text_and_prints_csv() {
		assertThat(run("trace-statistics-for-country", "--param", "country=JM", "--format", "csv"))
			.isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).startsWith("observation,origin,metric,value,unit,")
			.contains("\r\nflow-gao-25-107007-caribbean-traces,US,traced,7399,firearms,");
	}

	@Test
	void prints_json_with_the_truncation_flag() {
		assertThat(run("neighbourhood", "--param", "members=[\"interstate-arms\"]", "--param", "limit=2", "--format",
				"json"))
			.isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).contains("\"rowCount\" : 2")
			.contains("\"truncated\" : false")
			.contains("\"otherId\"");
	}

	@Test
	void lists_the_library_without_a_database() {
		assertThat(run("--list")).isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).contains("appeal-chain").contains("{\"case\":\"sw-v-mx-scotus\"}");
	}

	@Test
	void an_unknown_query_is_one_line_on_stderr_and_a_usage_exit_code() {
		assertThat(run("no-such-query")).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString())
			.isEqualTo("ironriver: no query named 'no-such-query' in the library" + System.lineSeparator());
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void an_unknown_parameter_or_format_is_a_usage_error() {
		assertThat(run("appeal-chain", "--param", "lawsuit=x")).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString()).contains("has no parameter 'lawsuit'").hasLineCount(1);
		assertThat(run("appeal-chain", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString()).contains("unknown format 'xml'");
	}

	@Test
	void help_describes_the_command() {
		assertThat(run("--help")).isEqualTo(ExitCodes.OK);
		assertThat(out.toString()).contains("Usage: query").contains("--param").contains("--list").contains("--format");
	}

}
