package org.ironriver.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The benchmark's claim rests on both loads building the same graph; this runs it small
 * so that claim (and the command itself) cannot rot between the hand-run measurements.
 */
class ImportBenchmarkTest {

	@Test
	void loadCsvAndTheImporterBuildTheSameGraph(@TempDir Path dir) throws IOException {
		var out = new ByteArrayOutputStream();
		var previous = System.out;
		int exit;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			exit = new CommandLine(new ImportBenchmark()).execute("--rows", "2000", "--warm-up-rows", "0",
					"--batch-size", "500", "--baseline-rows-per-transaction", "700", "--reimport", "--dir",
					dir.toString());
		}
		finally {
			System.setOut(previous);
		}
		var report = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(report).isZero();
		assertThat(report).contains("LOAD CSV IN TRANSACTIONS OF 700 ROWS: 2,000 rows")
			.contains("(2 writers, 500 rows a transaction, embedded): 2,000 rows")
			.contains("(created 2,000)")
			.contains("(unchanged 2,000)")
			.contains("licensees=2000")
			.contains("(same)")
			.containsPattern("RATIO importer / LOAD CSV: \\d+\\.\\d\\dx");
		try (var left = Files.list(dir)) {
			assertThat(left.map(p -> p.getFileName().toString())).as("the timed stores are deleted")
				.noneMatch(name -> name.startsWith("store-"))
				.contains("data-2000-42");
		}
	}

}
