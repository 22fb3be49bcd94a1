package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * An upload's name is the client's text: it names a file and appears in records only once
 * made safe.
 */
class UploadNameTest {

	@Test
	void directories_are_stripped_under_either_separator() {
		assertThat(ImportController.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ImportController.safeName("C:\\Users\\ana\\ffl-2026-10.txt")).isEqualTo("ffl-2026-10.txt");
		assertThat(ImportController.safeName("/abs/path/0126-ffl-list.txt")).isEqualTo("0126-ffl-list.txt");
	}

	@Test
	void dots_alone_nothing_and_a_trailing_separator_become_upload() {
		for (var name : new String[] { ".", "..", "...", "", "   ", "dir/", "a/..", "\u0000", "\u202E", null }) {
			assertThat(ImportController.safeName(name)).as("name %s", name).isEqualTo("upload");
		}
	}

	@Test
	void control_and_invisible_formatting_characters_are_removed() {
		assertThat(ImportController.safeName("ffl\u0000-2026\r\n-10.txt")).isEqualTo("ffl-2026-10.txt");
		assertThat(ImportController.safeName("listing\u202Etxt.exe")).isEqualTo("listingtxt.exe");
		assertThat(ImportController.safeName("\uFEFFfacts\u200B.csv")).isEqualTo("facts.csv");
		assertThat(ImportController.safeName("Lista de armerías ñ 😀.txt")).isEqualTo("Lista de armerías ñ 😀.txt");
	}

	@Test
	void a_long_name_is_cut_to_200_bytes_of_utf8_on_a_character_boundary() {
		var cut = ImportController.safeName("😀".repeat(100) + ".txt");
		assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isEqualTo(200);
		assertThat(cut).isEqualTo("😀".repeat(50));
		assertThat(ImportController.safeName("a".repeat(300))).hasSize(200);
	}

}
