package org.ironriver.investigation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.investigation.Answers.*;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.paths.EntityLookup;
import org.ironriver.paths.PathService;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.report.ExecutedQuery;
import org.ironriver.web.BadRequestException;
import org.ironriver.web.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Neighbourhood, timeline, legal views, flow statistics and contradictions. Each runs one
 * library query (plus one query resolving the cited sources for the whole answer) in a
 * read transaction; unknown ids are 404s.
 */
@Service
public class InvestigationService {

	public static final int DEFAULT_PAGE = 50;

	public static final int MAX_PAGE = 500;

	public static final int DEFAULT_HUB_CAP = 50;

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	InvestigationService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	public NeighbourhoodAnswer neighbourhood(String id, List<String> types, String direction, Integer limit,
			String cursor, Integer perHubCap) {
		var typeNames = types == null || types.isEmpty() ? null : types.stream()
			.flatMap(t -> List.of(t.split(",")).stream())
			.filter(t -> !t.isBlank())
			.map(t -> RelationType.parse(t)
				.orElseThrow(
						() -> new BadRequestException("'" + t.strip() + "' is not a relationship type of the model"))
				.name())
			.distinct()
			.toList();
		var dir = direction == null || direction.isBlank() ? "both" : direction.strip().toLowerCase();
		if (!List.of("both", "out", "in").contains(dir)) {
			throw new BadRequestException("direction must be out, in or both, was '" + direction + "'");
		}
		int pageSize = bounded(limit, DEFAULT_PAGE, MAX_PAGE, "limit");
		int cap = bounded(perHubCap, DEFAULT_HUB_CAP, 10_000, "perHubCap");
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("types", typeNames);
		parameters.put("direction", dir);
		parameters.put("perHubCap", cap);
		parameters.put("after", decodeCursor(cursor));
		parameters.put("limit", pageSize);
		var query = query("neighbourhood-page", parameters);
		return sessions.read(tx -> {
			var entity = requireNode(tx, id);
			var records = tx.run(query.cypher(), query.parameters()).list();
			boolean more = records.size() > pageSize;
			var page = more ? records.subList(0, pageSize) : records;
			var sources = GraphViews.sources(tx,
					page.stream().map(r -> r.get("relationship").asRelationship()).toList());
			var neighbours = new ArrayList<Neighbour>();
			var groups = new LinkedHashMap<String, Group>();
			for (var r : page) {
				neighbours.add(new Neighbour(r.get("direction").asString(), relationship(r, "relationship", sources),
						GraphViews.node(r.get("neighbour").asNode())));
				long total = r.get("total").asLong();
				groups.putIfAbsent(r.get("type").asString() + "|" + r.get("direction").asString(),
						new Group(r.get("type").asString(), r.get("direction").asString(), total, Math.min(total, cap),
								total > cap));
			}
			var next = more ? encodeCursor(page.get(page.size() - 1).get("key").asString()) : null;
			return new NeighbourhoodAnswer(entity, neighbours, List.copyOf(groups.values()), next, query);
		});
	}

	public TimelineAnswer timeline(String id) {
		var query = query("timeline", Map.of("id", id));
		return sessions.read(tx -> {
			requireNode(tx, id);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, relationships(records, "relationship"));
			var events = records.stream()
				.map(r -> new TimelineEvent(date(r.get("happened")), r.get("happenedText").asString(null),
						date(r.get("reported")), r.get("event").asString(), r.get("subjectId").asString(),
						r.get("subjectName").asString(null), r.get("subjectType").asString(null),
						r.get("relationship").isNull() ? null : relationship(r, "relationship", sources)))
				.toList();
			return new TimelineAnswer(id, events, query);
		});
	}

	public ActorLawsuitsAnswer lawsuits(String id) {
		var query = query("actor-lawsuits-with-rulings", Map.of("id", id));
		return sessions.read(tx -> {
			requireNode(tx, id);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var rels = new ArrayList<Relationship>(relationships(records, "role"));
			records.forEach(r -> r.get("rulings")
				.asList(v -> v)
				.forEach(m -> rels.add(m.get("relationship").asRelationship())));
			var sources = GraphViews.sources(tx, rels);
			var lawsuits = records.stream().map(r -> {
				var lawsuit = r.get("lawsuit").asNode();
				var role = r.get("role").asRelationship();
				return new ActorLawsuit(GraphViews.node(lawsuit), role.type(),
						GraphViews.relationship(role, id, lawsuit.get("id").asString(), sources),
						rulings(r.get("rulings"), lawsuit.get("id").asString(), sources));
			}).toList();
			return new ActorLawsuitsAnswer(id, lawsuits, query);
		});
	}

	public AppealChainAnswer appealChain(String id) {
		var query = query("appeal-chain-with-evidence", Map.of("id", id));
		return sessions.read(tx -> {
			requireLabel(tx, id, NodeType.LAWSUIT);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var chain = new ArrayList<AppealLevel>();
			if (!records.isEmpty()) {
				var record = records.get(0);
				var cases = record.get("cases").asList(Value::asNode);
				var reviews = record.get("reviews").asList(Value::asRelationship);
				var rulings = record.get("rulings").asList(v -> v);
				var rels = new ArrayList<Relationship>(reviews);
				rulings.forEach(
						list -> list.asList(v -> v).forEach(m -> rels.add(m.get("relationship").asRelationship())));
				var sources = GraphViews.sources(tx, rels);
				for (int i = 0; i < cases.size(); i++) {
					var lawsuitId = cases.get(i).get("id").asString();
					// reviews are reversed with the cases: reviews[i] links cases[i+1]
					// (reviewer) to cases[i].
					var reviewedBy = i < reviews.size() ? GraphViews.relationship(reviews.get(i),
							cases.get(i + 1).get("id").asString(), lawsuitId, sources) : null;
					chain.add(new AppealLevel(i + 1, GraphViews.node(cases.get(i)),
							rulings(rulings.get(i), lawsuitId, sources), reviewedBy));
				}
			}
			return new AppealChainAnswer(id, chain, query);
		});
	}

	public LawRulingsAnswer lawRulings(String id) {
		var query = query("law-rulings", Map.of("id", id));
		return sessions.read(tx -> {
			requireLabel(tx, id, NodeType.LAW);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, relationships(records, "relationship"));
			var rulings = records.stream().map(r -> {
				var ruling = r.get("ruling").asNode();
				return new LawRuling(GraphViews.node(ruling), r.get("lawId").asString(),
						r.get("lawName").asString(null), GraphViews.relationship(r.get("relationship").asRelationship(),
								ruling.get("id").asString(), r.get("lawId").asString(), sources));
			}).toList();
			return new LawRulingsAnswer(id, rulings, query);
		});
	}

	public CaseLawsAnswer caseLaws(String id) {
		var query = query("case-laws", Map.of("id", id));
		return sessions.read(tx -> {
			requireLabel(tx, id, NodeType.LAWSUIT);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, relationships(records, "relationship"));
			var laws = records.stream().map(r -> {
				var law = r.get("law").asNode();
				var rulingId = r.get("ruling").isNull() ? null : r.get("ruling").asNode().get("id").asString();
				return new CaseLaw(GraphViews.node(law), rulingId,
						GraphViews.relationship(r.get("relationship").asRelationship(),
								rulingId != null ? rulingId : id, law.get("id").asString(), sources));
			}).toList();
			return new CaseLawsAnswer(id, laws, query);
		});
	}

	public FlowStatisticsAnswer flows(String destination, String origin, String fromText, String toText) {
		var from = PathService.parseDate(fromText, "from");
		var to = PathService.parseDate(toText, "to");
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("to " + to + " is before from " + from);
		}
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("destination", blankToNull(destination));
		parameters.put("origin", blankToNull(origin));
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
			var rels = new ArrayList<Relationship>(relationships(records, "originRelationship"));
			rels.addAll(relationships(records, "destinationRelationship"));
			var sources = GraphViews.sources(tx, rels);
			var observations = records.stream().map(r -> {
				var f = r.get("observation").asNode();
				var view = GraphViews.node(f);
				var fid = f.get("id").asString();
				var originId = r.get("origin").asNode().get("id").asString();
				var destinationId = r.get("destination").asNode().get("id").asString();
				return new FlowStatistic(fid, f.get("name").asString(null), f.get("metric").asString(null),
						f.get("value").isNull() ? null : f.get("value").asObject(), f.get("unit").asString(null),
						date(f.get("periodStart")), date(f.get("periodEnd")), f.get("caveat").asString(null), originId,
						destinationId,
						GraphViews.relationship(r.get("originRelationship").asRelationship(), originId, fid, sources),
						GraphViews.relationship(r.get("destinationRelationship").asRelationship(), fid, destinationId,
								sources),
						view.properties());
			}).toList();
			return new FlowStatisticsAnswer((String) parameters.get("destination"), (String) parameters.get("origin"),
					from, to, observations, query);
		});
	}

	public ContradictionsAnswer contradictions(String entity) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("entity", blankToNull(entity));
		var query = query("contradictions", parameters);
		return sessions.read(tx -> {
			if (parameters.get("entity") != null) {
				requireNode(tx, (String) parameters.get("entity"));
			}
			var records = tx.run(query.cypher(), query.parameters()).list();
			var ids = new HashSet<String>();
			for (var r : records) {
				ids.addAll(r.get("claimSources").asList(Value::asString));
				ids.addAll(r.get("otherSources").asList(Value::asString));
				var c = r.get("relationship").asRelationship();
				if (!c.get("sources").isNull()) {
					ids.addAll(c.get("sources").asList(Value::asString));
				}
			}
			var sources = GraphViews.sourcesById(tx, ids);
			var contradictions = records.stream().map(r -> {
				var a = r.get("claim").asNode();
				var b = r.get("otherClaim").asNode();
				return new Contradiction(side(a, r.get("claimSources"), r.get("claimAbout"), sources),
						side(b, r.get("otherSources"), r.get("otherAbout"), sources),
						GraphViews.relationship(r.get("relationship").asRelationship(), a.get("id").asString(),
								b.get("id").asString(), sources));
			}).toList();
			return new ContradictionsAnswer((String) parameters.get("entity"), contradictions, query);
		});
	}

	private static ClaimSide side(Node claim, Value sourceIds, Value about, Map<String, SourceView> sources) {
		var cited = sourceIds.asList(Value::asString)
			.stream()
			.map(id -> sources.getOrDefault(id, SourceView.missing(id)))
			.toList();
		return new ClaimSide(GraphViews.node(claim), cited, about.asList(Value::asString));
	}

	private static List<RulingEntry> rulings(Value list, String lawsuitId, Map<String, SourceView> sources) {
		return list.asList(m -> {
			var ruling = m.get("ruling").asNode();
			return new RulingEntry(GraphViews.node(ruling), GraphViews
				.relationship(m.get("relationship").asRelationship(), ruling.get("id").asString(), lawsuitId, sources));
		});
	}

	private static RelationshipView relationship(Record r, String column, Map<String, SourceView> sources) {
		return GraphViews.relationship(r.get(column).asRelationship(), r.get("fromId").asString(null),
				r.get("toId").asString(null), sources);
	}

	private static List<Relationship> relationships(List<Record> records, String column) {
		return records.stream().filter(r -> !r.get(column).isNull()).map(r -> r.get(column).asRelationship()).toList();
	}

	private NodeView requireNode(TransactionContext tx, String id) {
		var rows = tx.run(library.get("entity-node").cypher(), Map.of("id", EntityLookup.requireText(id, "id"))).list();
		if (rows.isEmpty()) {
			throw new NotFoundException("no entity with id '" + id + "'");
		}
		return GraphViews.node(rows.get(0).get("n").asNode());
	}

	private void requireLabel(TransactionContext tx, String id, NodeType type) {
		var found = EntityLookup.require(tx, library, List.of(EntityLookup.requireText(id, "id")));
		EntityLookup.requireLabel(found, id, type.label(), "id");
	}

	private ExecutedQuery query(String name, Map<String, Object> parameters) {
		return new ExecutedQuery(name, library.get(name).cypher(), parameters);
	}

	static int bounded(Integer value, int fallback, int max, String name) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > max) {
			throw new BadRequestException(name + " must be between 1 and " + max + ", was " + value);
		}
		return value;
	}

	static String encodeCursor(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	static String decodeCursor(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("cursor '" + cursor + "' is not a cursor this API returned");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}
