package org.ironriver.entity;

import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.entity.TimelineAnswer.TimelineEvent;
import org.ironriver.evidence.GraphViews;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.springframework.stereotype.Service;

/**
 * Every dated event of an actor or a case, with when it happened and when it was
 * reported.
 */
@Service
public class TimelineService {

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	TimelineService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	public TimelineAnswer timeline(String id) {
		return sessions.read(tx -> {
			// A cluster answers as one entity: every member's events.
			var cluster = EntityLookup.requireCluster(tx, library, id);
			var query = new ExecutedQuery("timeline", library.get("timeline").cypher(),
					Map.of("members", cluster.members()));
			var records = tx.run(query.cypher(), query.parameters()).list();
			var sources = GraphViews.sources(tx, GraphViews.relationships(records, "relationship"));
			var events = records.stream()
				.map(r -> new TimelineEvent(GraphViews.date(r.get("happened")), r.get("happenedText").asString(null),
						GraphViews.date(r.get("reported")), r.get("event").asString(), r.get("subjectId").asString(),
						r.get("subjectName").asString(null), r.get("subjectType").asString(null),
						r.get("relationship").isNull() ? null : GraphViews.relationship(r, "relationship", sources)))
				.toList();
			return new TimelineAnswer(cluster.id(), cluster.members(), events, query);
		});
	}

}
