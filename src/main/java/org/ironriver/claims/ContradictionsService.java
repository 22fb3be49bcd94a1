package org.ironriver.claims;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.lang3.StringUtils;
import org.ironriver.claims.ContradictionsAnswer.ClaimSide;
import org.ironriver.claims.ContradictionsAnswer.Contradiction;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.SourceView;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Where sources disagree: every pair of contradicting claims with the sources of both
 * sides, optionally only those about one entity.
 */
@Service
public class ContradictionsService {

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	ContradictionsService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	public ContradictionsAnswer contradictions(String entity) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("entity", StringUtils.stripToNull(entity));
		var query = query("contradictions", parameters);
		return sessions.read(tx -> {
			if (parameters.get("entity") != null) {
				EntityLookup.requireNode(tx, library, (String) parameters.get("entity"));
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

	private ExecutedQuery query(String name, Map<String, Object> parameters) {
		return new ExecutedQuery(name, library.get(name).cypher(), parameters);
	}

}
