package org.ironriver.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst query library: every {@code cypher/queries/*.cypher} file, parsed once.
 * Services run these same files, so there is one copy of each query and the text analysts
 * read is the text that runs.
 *
 * <p>
 * File format: a header of {@code // key: value} lines, then the Cypher body. <pre>
 * // title: Dealers sued by Mexico and where they are
 * // description: Every dealer that is a defendant, with its city and state.
 * // param: country = "MX"          (the default is a JSON literal)
 * // expect: rows = 5               (checked against the curated graph by a test)
 * MATCH ...
 * </pre>
 */
@Component
public class QueryLibrary {

	private static final Pattern HEADER = Pattern.compile("^//\\s*(title|description|param|expect|internal):\\s*(.*)$");

	private static final Pattern PARAM = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(.+)$");

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	/**
	 * Built once: a mapper is costly to build, and the library is parsed at every start.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, LibraryQuery> queries;

	public QueryLibrary() {
		this("classpath*:cypher/queries/*.cypher");
	}

	QueryLibrary(String location) {
		var loaded = new TreeMap<String, LibraryQuery>();
		try {
			for (var resource : new PathMatchingResourcePatternResolver().getResources(location)) {
				var fileName = resource.getFilename();
				var name = fileName.substring(0, fileName.length() - ".cypher".length());
				loaded.put(name, parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.queries = Collections.unmodifiableMap(loaded);
	}

	/** Every query, the services' plumbing included. */
	public Collection<LibraryQuery> all() {
		return queries.values();
	}

	/** The analysts' library: every query but the internal ones. */
	public List<LibraryQuery> forAnalysts() {
		return queries.values().stream().filter(q -> !q.internal()).toList();
	}

	/**
	 * The analysts' query with this name; an internal one is as unknown to them as a
	 * missing one.
	 */
	public LibraryQuery forAnalysts(String name) {
		var query = get(name);
		if (query.internal()) {
			throw new UnknownQueryException(name);
		}
		return query;
	}

	/** The query with this name, or an {@link UnknownQueryException}. */
	public LibraryQuery get(String name) {
		var query = queries.get(name);
		if (query == null) {
			throw new UnknownQueryException(name);
		}
		return query;
	}

	static LibraryQuery parse(String name, String text) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalStateException("query file name " + name + " must be lower-case-with-dashes");
		}
		String title = null;
		var description = new StringBuilder();
		var defaults = new LinkedHashMap<String, Object>();
		var expectations = new ArrayList<String>();
		var body = new StringBuilder();
		boolean internal = false;
		boolean inHeader = true;
		for (var line : text.split("\n", -1)) {
			var header = inHeader ? HEADER.matcher(line.strip()) : null;
			if (header != null && header.matches()) {
				var value = header.group(2).strip();
				switch (header.group(1)) {
					case "title" -> title = value;
					case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
					case "expect" -> expectations.add(value);
					case "internal" -> internal = Boolean.parseBoolean(value);
					case "param" -> {
						var param = PARAM.matcher(value);
						if (!param.matches()) {
							throw new IllegalStateException(
									name + ": param line must be 'name = JSON default': " + value);
						}
						defaults.put(param.group(1), JSON.readValue(param.group(2).strip(), Object.class));
					}
					default -> throw new IllegalStateException(name + ": unknown header " + header.group(1));
				}
				continue;
			}
			if (inHeader && (line.isBlank() || line.strip().startsWith("//"))) {
				continue;
			}
			inHeader = false;
			body.append(line).append('\n');
		}
		if (title == null || body.toString().isBlank()) {
			throw new IllegalStateException(name + ": a library query needs a '// title:' header and a body");
		}
		return new LibraryQuery(name, title, description.toString(), Collections.unmodifiableMap(defaults),
				List.copyOf(expectations), body.toString().strip(), internal);
	}

}
