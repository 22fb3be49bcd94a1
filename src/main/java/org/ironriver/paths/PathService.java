package org.ironriver.paths;

import org.ironriver.queries.EntityLookup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.model.NodeType;
import org.ironriver.problems.RequestBounds;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.problems.BadRequestException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Paths between entities and dealer-to-country traces, each hop with its evidence. The
 * Cypher is the library's ({@code cypher/queries/trace-to-country.cypher},
 * {@code paths-between.cypher}, {@code shortest-paths.cypher}); every answer resolves its
 * sources in one query, not one per hop.
 */
@Service
public class PathService {

	public static final int DEFAULT_LIMIT = 25;

	public static final int MAX_LIMIT = 200;

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	PathService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	/** Paths between two entities, shorter first (issue 2: {@code GET /api/paths}). */
	public PathsAnswer between(String from, String to, Integer maxHops, Integer limit) {
		return run("paths-between", "paths", from, to, "to", maxHops, null, limit, false);
	}

	/** All shortest paths between two entities. */
	public PathsAnswer shortest(String from, String to, Integer maxHops, Integer limit) {
		return run("shortest-paths", "shortest-paths", from, to, "to", maxHops, null, limit, false);
	}

	/**
	 * Paths from an actor to a country in the direction of the flow, current and
	 * well-sourced first.
	 */
	public PathsAnswer trace(String from, String country, Integer maxHops, String asOf, Integer limit) {
		return run("trace-to-country", "trace", from, country, "country", maxHops, parseDate(asOf, "asOf"), limit,
				true);
	}

	/**
	 * Prepares the query text and parameters, so the benchmark runs exactly what the
	 * service runs.
	 */
	public ExecutedQuery traceQuery(String from, String country, int maxHops, LocalDate asOf, int limit) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("from", from);
		parameters.put("country", country);
		parameters.put("asOf", asOf == null ? null : asOf.toString());
		parameters.put("limit", limit);
		return new ExecutedQuery("trace-to-country", HopBound.apply(library.get("trace-to-country").cypher(), maxHops),
				parameters);
	}

	/**
	 * The statistics about the actor's places that reach the country: a trace's context.
	 */
	public ExecutedQuery contextQuery(String from, String country, LocalDate asOf, int limit) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("from", from);
		parameters.put("country", country);
		parameters.put("asOf", asOf == null ? null : asOf.toString());
		parameters.put("limit", limit);
		return new ExecutedQuery("trace-context", library.get("trace-context").cypher(), parameters);
	}

	private PathsAnswer run(String queryName, String kind, String fromText, String toText, String toParameter,
			Integer maxHopsParam, LocalDate asOf, Integer limitParam, boolean toIsCountry) {
		var from = EntityLookup.requireText(fromText, "from");
		var to = EntityLookup.requireText(toText, toParameter);
		int maxHops = HopBound.validate(maxHopsParam);
		int limit = RequestBounds.between1And(MAX_LIMIT, "limit", limitParam, DEFAULT_LIMIT);
		ExecutedQuery query;
		if (toIsCountry) {
			query = traceQuery(from, to, maxHops, asOf, limit);
		}
		else {
			query = null;
		}
		var context = new ArrayList<PathView>();
		var executed = new ArrayList<ExecutedQuery>();
		var paths = sessions.read(tx -> {
			var run = query;
			if (run == null) {
				// Each end answers as its cluster (docs/resolution.md): paths start and
				// end
				// at any member. The lookup also tells an unknown id (404).
				var parameters = new LinkedHashMap<String, Object>();
				parameters.put("from", EntityLookup.requireCluster(tx, library, from).members());
				parameters.put("to", EntityLookup.requireCluster(tx, library, to).members());
				parameters.put("limit", limit);
				run = new ExecutedQuery(queryName, HopBound.apply(library.get(queryName).cypher(), maxHops),
						parameters);
			}
			executed.clear();
			executed.add(run);
			var found = readPaths(tx, run);
			if (toIsCountry) {
				context.clear();
				context.addAll(readPaths(tx, contextQuery(from, to, asOf, limit)));
			}
			// A path proves both ends exist (and that the end is a country), so only an
			// empty answer needs the
			// second look that tells "no path" from an unknown id: the common case stays
			// one round trip.
			if (found.isEmpty()) {
				var labels = EntityLookup.require(tx, library, List.of(from, to).stream().distinct().toList());
				if (toIsCountry) {
					EntityLookup.requireLabel(labels, to, NodeType.COUNTRY.label(), "country");
				}
			}
			return found;
		});
		return new PathsAnswer(kind, from, to, maxHops, asOf, paths, List.copyOf(context), executed.get(0));
	}

	/**
	 * Runs a query returning
	 * {@code nodes, relationships, current, sourceCount, score, sources} rows as paths;
	 * the {@code sources} column holds the {@code Source} nodes the row's hops cite.
	 */
	public static List<PathView> readPaths(TransactionContext tx, ExecutedQuery query) {
		var records = tx.run(query.cypher(), query.parameters()).list();
		var sources = new HashMap<String, SourceView>();
		for (var record : records) {
			for (var node : record.get("sources").asList(Value::asNode)) {
				sources.computeIfAbsent(node.get("id").asString(), id -> GraphViews.source(node));
			}
		}
		// Paths share their start, their end and often their first hops: each node and
		// relationship becomes a view once per answer.
		var nodeViews = new HashMap<String, NodeView>();
		var hopViews = new HashMap<String, RelationshipView>();
		var paths = new ArrayList<PathView>(records.size());
		for (var record : records) {
			paths.add(path(record, sources, nodeViews, hopViews));
		}
		return paths;
	}

	private static PathView path(Record record, Map<String, SourceView> sources, Map<String, NodeView> nodeViews,
			Map<String, RelationshipView> hopViews) {
		var nodes = record.get("nodes").asList(Value::asNode);
		var rels = record.get("relationships").asList(Value::asRelationship);
		var views = new ArrayList<NodeView>(nodes.size());
		var idByElement = new HashMap<String, String>();
		for (Node n : nodes) {
			var view = nodeViews.computeIfAbsent(n.elementId(), element -> GraphViews.node(n));
			views.add(view);
			idByElement.put(n.elementId(), view.id());
		}
		var hops = new ArrayList<Hop>(rels.size());
		for (int i = 0; i < rels.size(); i++) {
			var r = rels.get(i);
			var walkFrom = nodes.get(i);
			boolean forward = r.startNodeElementId().equals(walkFrom.elementId());
			var view = hopViews.computeIfAbsent(r.elementId(), element -> GraphViews.relationship(r,
					idByElement.get(r.startNodeElementId()), idByElement.get(r.endNodeElementId()), sources));
			hops.add(new Hop(i + 1, views.get(i).id(), views.get(i + 1).id(), forward, view));
		}
		return new PathView(rels.size(), record.get("score").asDouble(), record.get("current").asBoolean(),
				record.get("sourceCount").asInt(), List.copyOf(views), hops);
	}

	public static LocalDate parseDate(String text, String parameter) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(parameter + " '" + text + "' is not a date (YYYY-MM-DD)");
		}
	}

}
