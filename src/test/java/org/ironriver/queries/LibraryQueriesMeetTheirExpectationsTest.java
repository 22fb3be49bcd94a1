package org.ironriver.queries;

import org.ironriver.analyst.QueryRunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file in {@code cypher/queries/}, whoever wrote it, runs with its default
 * parameters against the curated graph and returns what its {@code // expect:} lines say,
 * so the library's documentation cannot drift from the data. A file without expectations
 * must at least return a row.
 */
@IntegrationTest
class LibraryQueriesMeetTheirExpectationsTest {

	@Autowired
	QueryRunner runner;

	static List<String> names() {
		return new QueryLibrary().all().stream().map(LibraryQuery::name).toList();
	}

	@Test
	void the_library_holds_at_least_twenty_queries_each_with_a_title_and_description() {
		var all = new QueryLibrary().all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(20);
		assertThat(all).allSatisfy(q -> {
			assertThat(q.title()).as(q.name()).isNotBlank();
			assertThat(q.description()).as(q.name()).isNotBlank();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void returns_what_its_header_says_on_the_curated_graph(String name) {
		var query = runner.library().get(name);
		query.expectations().forEach(Expectations::validate);
		var expectations = query.expectations().isEmpty() ? List.of("rows >= 1") : query.expectations();
		var result = runner.run(query, Map.of());
		assertThat(Expectations.failures(expectations, result)).as(name).isEmpty();
	}

}
