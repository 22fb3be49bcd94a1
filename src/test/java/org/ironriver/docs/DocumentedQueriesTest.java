package org.ironriver.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Cypher example in README.md and docs/model.md runs against the curated graph and
 * returns the number of rows its first line announces ({@code // returns 3 rows}), so the
 * documentation cannot drift from the data.
 */
@IntegrationTest
class DocumentedQueriesTest {

	private static final Pattern BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern RETURNS = Pattern.compile("// returns (\\d+) rows?");

	@Autowired
	Neo4jSessions sessions;

	record Example(String file, int index, int rows, String cypher) {
		@Override
		public String toString() {
			return file + " #" + index;
		}
	}

	static Stream<Example> examples() throws IOException {
		var examples = new ArrayList<Example>();
		for (var file : List.of("README.md", "docs/model.md")) {
			var matcher = BLOCK.matcher(Files.readString(Path.of(file)));
			int index = 0;
			while (matcher.find()) {
				var cypher = matcher.group(1);
				var returns = RETURNS.matcher(cypher.lines().findFirst().orElse(""));
				assertThat(returns.find()).as("%s block %d starts with '// returns N rows'", file, index).isTrue();
				examples.add(new Example(file, ++index, Integer.parseInt(returns.group(1)), cypher));
			}
		}
		assertThat(examples).hasSizeGreaterThan(30);
		return examples.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void documented_query_returns_what_its_documentation_says(Example example) {
		var rows = sessions.read(tx -> tx.run(example.cypher()).list());
		assertThat(rows).as(example.cypher()).hasSize(example.rows());
	}

}
