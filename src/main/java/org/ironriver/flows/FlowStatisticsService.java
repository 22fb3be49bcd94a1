package org.ironriver.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.lang3.StringUtils;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.flows.FlowStatisticsAnswer.FlowStatistic;
import org.ironriver.paths.PathService;
import org.ironriver.problems.BadRequestException;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Published flow statistics: each observation with its metric, value, unit, period and
 * caveat, and the evidence of its origin and destination.
 */
@Service
public class FlowStatisticsService {

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	FlowStatisticsService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	public FlowStatisticsAnswer flows(String destination, String origin, String fromText, String toText) {
		var from = PathService.parseDate(fromText, "from");
		var to = PathService.parseDate(toText, "to");
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("to " + to + " is before from " + from);
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("destination", StringUtils.stripToNull(destination));
		parameters.put("origin", StringUtils.stripToNull(origin));
		parameters.put("from", from == null ? null : from.toString());
		parameters.put("to", to == null ? null : to.toString());
		var query = query("flow-statistics", parameters);
		return sessions.read(tx -> {
			var named = new ArrayList<String>();
			if (parameters.get("destination") != null) {
				named.add((String) parameters.get("destination"));
			}
			if (parameters.get("origin") != null) {
				named.add((String) parameters.get("origin"));
			}
			if (!named.isEmpty()) {
				EntityLookup.require(tx, library, named.stream().distinct().toList());
			}
			var records = tx.run(query.cypher(), query.parameters()).list();
			var rels = new ArrayList<Relationship>(GraphViews.relationships(records, "originRelationship"));
			rels.addAll(GraphViews.relationships(records, "destinationRelationship"));
			var sources = GraphViews.sources(tx, rels);
			var observations = records.stream().map(r -> {
				var f = r.get("observation").asNode();
				var view = GraphViews.node(f);
				var fid = f.get("id").asString();
				var originId = r.get("origin").asNode().get("id").asString();
				var destinationId = r.get("destination").asNode().get("id").asString();
				return new FlowStatistic(fid, f.get("name").asString(null), f.get("metric").asString(null),
						f.get("value").isNull() ? null : f.get("value").asObject(), f.get("unit").asString(null),
						GraphViews.date(f.get("periodStart")), GraphViews.date(f.get("periodEnd")),
						f.get("caveat").asString(null), originId, destinationId,
						GraphViews.relationship(r.get("originRelationship").asRelationship(), originId, fid, sources),
						GraphViews.relationship(r.get("destinationRelationship").asRelationship(), fid, destinationId,
								sources),
						view.properties());
			}).toList();
			return new FlowStatisticsAnswer((String) parameters.get("destination"), (String) parameters.get("origin"),
					from, to, observations, query);
		});
	}

	private ExecutedQuery query(String name, Map<String, Object> parameters) {
		return new ExecutedQuery(name, library.get(name).cypher(), parameters);
	}

}
