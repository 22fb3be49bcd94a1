package org.ironriver.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ironriver.model.NodeType;
import org.ironriver.queries.LibraryQuery;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.export.SubgraphExporter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The ironriver guide for Neo4j Browser, in the slide format Browser 5 plays
 * ({@code :play <url>}: an {@code <article class="guide">} of {@code <slide>}s). Every
 * query on a slide is a file of the query library, taken as it is (one copy of each
 * query), with a click-to-run block of {@code :param} lines for its defaults.
 */
@Component
class BrowserGuide {

	/** A slide: what it shows, in a sentence or two, and the library queries to run. */
	record Slide(String title, String text, List<String> queries) {
	}

	static final List<Slide> SLIDES = List.of(new Slide("The model",
			"Every node has a business <code>id</code>, a <code>name</code> (its caption here) and its type label "
					+ "plus <code>Entity</code>. Every relationship carries its evidence: <code>sources</code> "
					+ "(ids of <code>Source</code> nodes), <code>quote</code>, <code>locator</code>, "
					+ "<code>validFrom</code>/<code>validTo</code>, <code>assertedOn</code>, "
					+ "<code>confidence</code>. Run the first block to set the parameters, then the query: one "
					+ "entity with every relationship it takes part in.",
			List.of("entity")),
			new Slide("The two lawsuits",
					"Mexico sued U.S. manufacturers and a distributor in Massachusetts (D. Mass.) and five Arizona dealers "
							+ "(D. Ariz.). Which dealers are defendants, and where they are; then one case with its "
							+ "parties, court, rulings and laws.",
					List.of("dealers-sued-and-where", "case-overview")),
			new Slide("The appeal chain",
					"Supreme Court &#8594; First Circuit &#8594; D. Mass.: from the highest case down through the cases it "
							+ "reviews, each level with its court, docket and rulings.",
					List.of("appeal-chain")),
			new Slide("Tracing an Arizona dealer to Mexico",
					"Paths of at most 4 hops from Sprague's Sports (Yuma, Arizona) to Mexico through location, supply, "
							+ "flow statistics and the lawsuit; current, well-sourced paths first. A hop through a "
							+ "FlowObservation is context (a statistic with its caveat), not proof about the dealer.",
					List.of("trace-to-country")),
			new Slide("PLCAA",
					"The Protection of Lawful Commerce in Arms Act: the rulings that cite or apply it, and the cases it "
							+ "barred.",
					List.of("law-rulings", "plcaa-barred-cases")),
			new Slide("The Caribbean flows",
					"Flow observations are nodes between an origin and a destination, each with its metric, period, "
							+ "source and mandatory caveat. Set <code>destination</code> to <code>'caribbean'</code> (the GAO figures "
							+ "cover 25 Caribbean countries, not one); every figure by origin and destination follows.",
					List.of("flow-statistics", "flows-by-origin")),
			new Slide("The disagreements",
					"Where sources disagree, both claims are in the graph, each with the sources asserting it, joined by "
							+ "CONTRADICTS with the reason.",
					List.of("disagreements")));

	/**
	 * The Caribbean slide starts from the Caribbean region, which the default (Mexico)
	 * would not show.
	 */
	static final Map<String, Map<String, Object>> OVERRIDES = Map.of("flow-statistics",
			Map.of("destination", "caribbean"));

	private final QueryLibrary library;

	BrowserGuide(QueryLibrary library) {
		this.library = library;
		SLIDES.forEach(slide -> slide.queries().forEach(library::get));
	}

	/**
	 * @param origin the application's origin as the user's web browser reaches it, for
	 * the style command on the first slide
	 */
	String html(String origin) {
		var html = new StringBuilder("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
		html.append(
				"<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>ironriver: the iron river in a graph</h3>\n")
			.append("<p>A knowledge graph of U.S. firearms flows to Mexico and the Caribbean, with the evidence of every ")
			.append("relationship. The next slides run the analyst query library (<code>cypher/queries</code>) on it.</p>\n")
			.append("<p>Node colours and captions come from ironriver's style, applied when Browser opens; to apply it ")
			.append("again: <a exec-topic=\"style ")
			.append(HtmlUtils.htmlEscape(origin))
			.append("/guides/ironriver.grass\">:style ")
			.append(HtmlUtils.htmlEscape(origin))
			.append("/guides/ironriver.grass</a></p>\n<p>Node types: ")
			.append(java.util.Arrays.stream(NodeType.values()).map(NodeType::label).collect(Collectors.joining(", ")))
			.append(".</p>\n</div>\n</slide>\n");
		for (var slide : SLIDES) {
			html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>")
				.append(HtmlUtils.htmlEscape(slide.title()))
				.append("</h3>\n<p>")
				.append(slide.text())
				.append("</p>\n");
			for (var name : slide.queries()) {
				query(html, library.get(name));
			}
			html.append("</div>\n</slide>\n");
		}
		return html.append("</carousel>\n</article>\n").toString();
	}

	/**
	 * One {@code :param name => value;} a line, nulls kept (the query needs every
	 * parameter, set or not), values written by the export's literal rule. {@code =>} has
	 * the database evaluate the value, so 25 stays an integer ({@code :params} with a map
	 * would make it 25.0 in Browser, which LIMIT refuses).
	 */
	static String parameterLines(Map<String, Object> parameters) {
		return parameters.entrySet()
			.stream()
			.map(e -> ":param " + e.getKey() + " => " + SubgraphExporter.literal(e.getValue()) + ";")
			.collect(Collectors.joining("\n"));
	}

	private static void query(StringBuilder html, LibraryQuery query) {
		html.append("<h4>")
			.append(HtmlUtils.htmlEscape(query.title()))
			.append(" <small>(")
			.append(query.name())
			.append(")</small></h4>\n");
		var parameters = new java.util.LinkedHashMap<>(query.defaults());
		parameters.putAll(OVERRIDES.getOrDefault(query.name(), Map.of()));
		if (!parameters.isEmpty()) {
			html.append("<pre class=\"runnable\">")
				.append(HtmlUtils.htmlEscape(parameterLines(parameters)))
				.append("</pre>\n");
		}
		html.append("<pre class=\"runnable\">").append(HtmlUtils.htmlEscape(query.cypher())).append("</pre>\n");
	}

}
