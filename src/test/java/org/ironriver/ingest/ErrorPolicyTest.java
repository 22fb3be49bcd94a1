package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one place that decides what a bad row does: strict writes nothing of a file with
 * any error; skip-invalid writes the rest and reports the rejected rows in a reject file,
 * unless the file as a whole is at fault; the report keeps the first thousand errors and
 * counts them all.
 */
class ErrorPolicyTest {

	@TempDir
	Path dir;

	static List<RowError> reasons(String name, long line, String... reasons) {
		return java.util.Arrays.stream(reasons).map(r -> new RowError(name, line, "COLUMN", r)).toList();
	}

	@Test
	void strict_writes_only_a_file_without_errors_and_keeps_no_reject_file() {
		var strict = ErrorPolicy.of(ImportOptions.defaults());
		var input = dir.resolve("in.txt");
		try (var collector = strict.collector(input, "in.txt")) {
			collector.open();
			collector.row();
			collector.row();
			collector.reject(3, reasons("in.txt", 3, "bad"), "raw line");
			var validation = collector.validation(input, "checksum");

			assertThat(strict.allowsWriting(validation)).isFalse();
			assertThat(validation.rejectFile()).isNull();
			assertThat(validation.validRows()).isEqualTo(1);
		}
		assertThat(Files.exists(RejectWriter.defaultFor(input))).isFalse();
	}

	@Test
	void skip_invalid_writes_the_valid_rows_and_puts_each_reason_with_its_row_in_the_reject_file() throws IOException {
		var skip = ErrorPolicy.of(ImportOptions.defaults().withSkipInvalid(true));
		var input = dir.resolve("in.txt");
		Validation validation;
		try (var collector = skip.collector(input, "in.txt")) {
			collector.open();
			collector.row();
			collector.row();
			collector.reject(3, reasons("in.txt", 3, "first reason", "second reason"), "raw\tline");
			validation = collector.validation(input, "checksum");
		}

		assertThat(skip.allowsWriting(validation)).isTrue();
		assertThat(validation.rejected(3)).isTrue();
		assertThat(validation.rejected(2)).isFalse();
		assertThat(validation.rejectedRows()).isEqualTo(1);
		assertThat(validation.errorCount()).isEqualTo(2);
		assertThat(Files.readAllLines(validation.rejectFile())).containsExactly("file\tline\tcolumn\treason\tinput",
				"in.txt\t3\tCOLUMN\tfirst reason\traw\tline", "in.txt\t3\tCOLUMN\tsecond reason\traw\tline");
	}

	@Test
	void a_fault_of_the_whole_file_blocks_it_even_when_invalid_rows_are_skipped() {
		var skip = ErrorPolicy.of(ImportOptions.defaults().withSkipInvalid(true).withRejectFile(dir.resolve("r.tsv")));
		try (var collector = skip.collector(dir.resolve("in.txt"), "in.txt")) {
			collector.reject(2, reasons("in.txt", 2, "bad row"), "raw");
			collector.fileError(new RowError("in.txt", 0, null, "file: the listing month is unknown"));
			var validation = collector.validation(dir.resolve("in.txt"), null);

			assertThat(validation.fatal()).isTrue();
			assertThat(skip.allowsWriting(validation)).isFalse();
			assertThat(validation.rejectFile()).isEqualTo(dir.resolve("r.tsv"));
		}
	}

	@Test
	void the_report_keeps_the_first_thousand_errors_and_counts_them_all() {
		var strict = ErrorPolicy.of(ImportOptions.defaults());
		try (var collector = strict.collector(dir.resolve("in.txt"), "in.txt")) {
			for (long line = 2; line < 2 + 1_500; line++) {
				collector.reject(line, reasons("in.txt", line, "bad"), "raw");
			}
			var validation = collector.validation(dir.resolve("in.txt"), null);

			assertThat(validation.errors()).hasSize(ErrorPolicy.REPORTED_ERRORS);
			assertThat(validation.errors().get(0).line()).isEqualTo(2);
			assertThat(validation.errorCount()).isEqualTo(1_500);
			assertThat(validation.fatal()).isFalse();
		}
	}

}
