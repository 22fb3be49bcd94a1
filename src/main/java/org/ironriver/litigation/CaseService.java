package org.ironriver.litigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.model.EntityIds;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.problems.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/** A case's parties, court, rulings, appeal chain and laws, each with its evidence. */
@Service
public class CaseService {

	private static final List<String> LINKED_COLUMNS = List.of("parties", "courts", "rulings", "caseLaws", "rulingLaws",
			"judges");

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	private final String query;

	CaseService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
		this.query = library.get("case-overview").cypher();
	}

	public CaseView find(String id) {
		EntityIds.requireValid(id, "id");
		return sessions.read(tx -> {
			var result = tx.run(query, Map.of("id", id)).list();
			if (result.isEmpty()) {
				throw new NotFoundException("no lawsuit or proceeding with id '" + id + "'");
			}
			var record = result.get(0);
			var relationships = new ArrayList<Relationship>();
			for (var column : LINKED_COLUMNS) {
				for (var row : record.get(column).asList(Value::asMap)) {
					if (row.get("relationship") instanceof Relationship r) {
						relationships.add(r);
					}
				}
			}
			var chain = AppealChain.read(tx, library, id);
			relationships.addAll(chain.relationships());
			var sources = GraphViews.sources(tx, relationships);
			var laws = new ArrayList<CaseView.Linked>(linked(record, "caseLaws", id, sources, false));
			laws.addAll(linked(record, "rulingLaws", id, sources, false));
			return new CaseView(GraphViews.node(record.get("c").asNode()), linked(record, "parties", id, sources, true),
					linked(record, "courts", id, sources, false), linked(record, "rulings", id, sources, true),
					chain.cases(), chain.links(sources), laws, linked(record, "judges", id, sources, true));
		});
	}

	/**
	 * @param towardsCase true when the relationship points from the listed node to the
	 * case (parties, rulings, judges), false when it points away (courts, laws)
	 */
	private static List<CaseView.Linked> linked(Record record, String column, String caseId,
			Map<String, SourceView> sources, boolean towardsCase) {
		var linked = new ArrayList<CaseView.Linked>();
		for (var row : record.get(column).asList(Value::asMap)) {
			if (!(row.get("relationship") instanceof Relationship r) || !(row.get("node") instanceof Node node)) {
				continue;
			}
			var via = (String) row.get("ruling");
			var nodeId = id(node);
			var start = via != null ? via : (towardsCase ? nodeId : caseId);
			var end = towardsCase ? caseId : nodeId;
			linked.add(new CaseView.Linked(r.type(), GraphViews.node(node),
					GraphViews.relationship(r, start, end, sources), via));
		}
		return linked;
	}

	private static String id(Node node) {
		return node.get("id").asString();
	}

}
