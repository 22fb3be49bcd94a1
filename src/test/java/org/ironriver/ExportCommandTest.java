package org.ironriver;

import org.ironriver.export.ExportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ironriver.cli.ExitCodes;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

@IntegrationTest
class ExportCommandTest {

	@Autowired
	ApplicationContext context;

	private static ExportCommand parse(String... args) {
		var command = new ExportCommand();
		new CommandLine(command).parseArgs(args);
		return command;
	}

	@Test
	void export_trace_writes_a_markdown_receipt_to_standard_output() throws Exception {
		var command = parse("trace", "--from", "spragues-sports", "--country", "MX", "--format", "report-md");
		var bytes = new ByteArrayOutputStream();
		int code = command.write(context, command.validate(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(ExitCodes.OK);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("# Trace from spragues-sports to MX")
			.contains("gov-mx", "## Sources");
	}

	@Test
	void export_neighbourhood_as_csv_writes_a_zip_file(@TempDir Path dir) throws Exception {
		var out = dir.resolve("dmass.zip");
		var command = parse("neighbourhood", "--entity", "mx-v-sw-dmass", "--format", "csv", "--out", out.toString());
		assertThat(command.write(context, command.validate(), System.out)).isEqualTo(ExitCodes.OK);
		var bytes = Files.readAllBytes(out);
		assertThat(bytes[0]).isEqualTo((byte) 'P');
		assertThat(bytes[1]).isEqualTo((byte) 'K');
	}

	@Test
	void an_unknown_id_exits_with_the_invalid_input_code() throws Exception {
		var command = parse("paths", "--from", "nobody", "--to", "MX");
		assertThat(command.write(context, command.validate(), System.out)).isEqualTo(ExitCodes.INVALID_INPUT);
	}

	@Test
	void usage_errors_are_refused_before_any_database_starts() {
		assertThat(IronriverCommand.run("export", "trace", "--from", "spragues-sports")).isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export", "paths", "--from", "a", "--to", "b", "--max-hops", "7"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export", "paths", "--from", "a", "--to", "b", "--format", "pdf"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export", "everything")).isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export", "neighbourhood", "--entity", "x", "--format", "csv"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export")).isEqualTo(ExitCodes.USAGE);
		assertThat(IronriverCommand.run("export", "--help")).isEqualTo(ExitCodes.OK);
		assertThatThrownBy(() -> parse("trace", "--from", "x", "--country", "MX", "--as-of", "soon").write(context,
				org.ironriver.export.ExportFormat.REPORT_JSON, System.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("asOf");
	}

}
