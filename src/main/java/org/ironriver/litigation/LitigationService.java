package org.ironriver.litigation;

import java.util.ArrayList;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.litigation.ActorLawsuitsAnswer.ActorLawsuit;
import org.ironriver.litigation.CaseLawsAnswer.CaseLaw;
import org.ironriver.litigation.LawRulingsAnswer.LawRuling;
import org.ironriver.model.NodeType;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * The legal views: an actor's lawsuits, a case's appeal chain and the laws it turns on,
 * the rulings that apply a law. Each runs one library query (plus one resolving the cited
 * sources) in a read transaction; an unknown id is a 404, an id of another kind a 400.
 */
@Service
public class LitigationService {

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	LitigationService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	public ActorLawsuitsAnswer lawsuits(String id) {
		var query = query("actor-lawsuits-with-rulings", Map.of("id", id));
		return sessions.read(tx -> {
			EntityLookup.requireNode(tx, library, id);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var rels = new ArrayList<Relationship>(GraphViews.relationships(records, "role"));
			records.forEach(r -> r.get("rulings")
				.asList(v -> v)
				.forEach(m -> rels.add(m.get("relationship").asRelationship())));
			var sources = GraphViews.sources(tx, rels);
			var lawsuits = records.stream().map(r -> {
				var lawsuit = r.get("lawsuit").asNode();
				var role = r.get("role").asRelationship();
				return new ActorLawsuit(GraphViews.node(lawsuit), role.type(),
						GraphViews.relationship(role, id, lawsuit.get("id").asString(), sources),
						AppealChain.rulings(r.get("rulings"), lawsuit.get("id").asString(), sources));
			}).toList();
			return new ActorLawsuitsAnswer(id, lawsuits, query);
		});
	}

	public AppealChainAnswer appealChain(String id) {
		var query = query(AppealChain.QUERY, Map.of("case", id));
		return sessions.read(tx -> {
			EntityLookup.requireNode(tx, library, id, NodeType.LAWSUIT);
			var chain = AppealChain.read(tx, library, id);
			return new AppealChainAnswer(id, chain.levels(GraphViews.sources(tx, chain.relationships())), query);
		});
	}

	public LawRulingsAnswer lawRulings(String id) {
		var query = query("law-rulings", Map.of("id", id));
		return sessions.read(tx -> {
			EntityLookup.requireNode(tx, library, id, NodeType.LAW);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, GraphViews.relationships(records, "relationship"));
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
			EntityLookup.requireNode(tx, library, id, NodeType.LAWSUIT);
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, GraphViews.relationships(records, "relationship"));
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

	private ExecutedQuery query(String name, Map<String, Object> parameters) {
		return new ExecutedQuery(name, library.get(name).cypher(), parameters);
	}

}
