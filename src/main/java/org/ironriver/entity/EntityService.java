package org.ironriver.entity;

import java.util.ArrayList;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.GraphViews;
import org.ironriver.model.EntityIds;
import org.ironriver.queries.QueryLibrary;
import org.ironriver.problems.NotFoundException;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Looks up one entity by business id with its direct relationships and their evidence.
 */
@Service
public class EntityService {

	/**
	 * Enough for every curated entity; larger hubs are paged by the neighbourhood
	 * service.
	 */
	static final int RELATIONSHIP_LIMIT = 500;

	private final Neo4jSessions sessions;

	private final String query;

	EntityService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.query = library.get("entity").cypher();
	}

	public EntityView find(String id) {
		EntityIds.requireValid(id, "id");
		return sessions.read(tx -> {
			var result = tx.run(query, Map.of("id", id, "limit", RELATIONSHIP_LIMIT)).list();
			if (result.isEmpty()) {
				throw new NotFoundException("no entity with id '" + id + "'");
			}
			var record = result.get(0);
			var node = record.get("n").asNode();
			var rows = record.get("relationships").asList(Value::asMap);
			var relationships = rows.stream().map(row -> (Relationship) row.get("relationship")).toList();
			var sources = GraphViews.sources(tx, relationships);
			var connections = new ArrayList<EntityView.Connection>();
			for (var row : rows) {
				var relationship = (Relationship) row.get("relationship");
				var other = (Node) row.get("other");
				boolean outgoing = (Boolean) row.get("outgoing");
				var otherId = other.get("id").asString();
				// A cluster's relationships are its members': each keeps its own ends.
				var member = (String) row.get("member");
				connections.add(new EntityView.Connection(outgoing ? "outgoing" : "incoming", GraphViews.node(other),
						GraphViews.relationship(relationship, outgoing ? member : otherId, outgoing ? otherId : member,
								sources),
						member));
			}
			long degree = record.get("degree").asLong();
			return new EntityView(GraphViews.node(node), connections, degree, degree > connections.size(),
					record.get("members").asList(Value::asString));
		});
	}

}
