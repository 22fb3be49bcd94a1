package org.ironriver.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The attempts of {@code cypher-attacks.txt}: blocks split by "====", "#" lines are name,
 * reason and parameters.
 */
record CypherAttackCorpus(String name, String reason, String query, Map<String, Object> parameters) {

	@Override
	public String toString() {
		return name;
	}

	static List<CypherAttackCorpus> load() {
		String text;
		try {
			text = new ClassPathResource("cypher-attacks.txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var json = JsonMapper.builder().build();
		var attacks = new ArrayList<CypherAttackCorpus>();
		var blocks = text.split("(?m)^====\\s*$");
		// The part before the first separator is the file's own description.
		for (int i = 1; i < blocks.length; i++) {
			String name = "attack " + i;
			String reason = "";
			Map<String, Object> parameters = Map.of();
			var query = new StringBuilder();
			for (var line : blocks[i].split("\n")) {
				if (line.startsWith("# name:")) {
					name = line.substring("# name:".length()).strip();
				}
				else if (line.startsWith("# reason:")) {
					reason = line.substring("# reason:".length()).strip();
				}
				else if (line.startsWith("# params:")) {
					@SuppressWarnings("unchecked")
					Map<String, Object> parsed = json.readValue(line.substring("# params:".length()), Map.class);
					parameters = parsed;
				}
				else if (!line.startsWith("#")) {
					query.append(line).append('\n');
				}
			}
			if (!query.toString().isBlank()) {
				attacks.add(new CypherAttackCorpus(name, reason, query.toString().strip(), parameters));
			}
		}
		return attacks;
	}
}
