package org.ironriver.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.problems.RequestBounds;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.problems.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * Full-text search across names, aliases (d/b/a), docket numbers, citations, captions and
 * titles.
 */
@Service
public class SearchService {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_LIMIT = 100;

	private final Neo4jSessions sessions;

	private final String query;

	SearchService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.query = library.get("search").cypher();
	}

	public List<SearchHit> search(String text, int limit) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("q must not be empty");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("q is longer than " + MAX_QUERY_LENGTH + " characters");
		}
		RequestBounds.between1And(MAX_LIMIT, "limit", limit);
		var lucene = toLucene(text);
		if (lucene.isEmpty()) {
			throw new BadRequestException("q has no searchable words");
		}
		return sessions.read(tx -> tx.run(query, Map.of("query", lucene, "limit", limit))
			.list(r -> new SearchHit(GraphViews.node(r.get("node").asNode()), r.get("score").asDouble())));
	}

	/**
	 * The fields where a whole identifier is written; the same text as a phrase there
	 * ranks its entity above others that merely mention it (a complaint whose title holds
	 * the docket). Aliases hold the written forms of a name or number ("Pub. L. 109-92"
	 * of the PLCAA, whose statute source has it in its title).
	 */
	static final List<String> IDENTIFIER_FIELDS = List.of("docketNumber", "citation", "licenceNumber", "aliases");

	static final int IDENTIFIER_BOOST = 8;

	/**
	 * What the user typed is text, not Lucene syntax: every word is escaped and must
	 * match, either exactly or as a prefix (so "spragu" finds "Sprague's Sports" and
	 * "23-1141" finds the docket number). The whole text as a phrase in an identifier
	 * field is an optional, boosted clause: it changes the order, never what matches.
	 */
	static String toLucene(String text) {
		// Prefix terms are not analysed by Lucene, so they are lower-cased here as the
		// index is; words without a
		// letter or digit ("&") index nothing and would make an AND fail.
		var words = Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
			.filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
			.map(SearchService::escape)
			.map(word -> "(" + word + " OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
		if (words.isEmpty()) {
			return words;
		}
		var phrase = "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return "+(" + words + ")"
				+ IDENTIFIER_FIELDS.stream()
					.map(field -> " " + field + ":" + phrase + "^" + IDENTIFIER_BOOST)
					.collect(Collectors.joining());
	}

	private static String escape(String word) {
		var escaped = new StringBuilder();
		for (char c : word.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
