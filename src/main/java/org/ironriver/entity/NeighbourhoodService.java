package org.ironriver.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.entity.NeighbourhoodAnswer.Group;
import org.ironriver.entity.NeighbourhoodAnswer.Neighbour;
import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.NodeView;
import org.ironriver.model.RelationType;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.RequestBounds;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * An entity's neighbourhood, a page at a time and capped per relationship type and
 * direction, so that a hub with thousands of neighbours answers as fast as a leaf.
 */
@Service
public class NeighbourhoodService {

	public static final int DEFAULT_PAGE = 50;

	public static final int MAX_PAGE = 500;

	public static final int DEFAULT_HUB_CAP = 50;

	public static final int MAX_HUB_CAP = 10_000;

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	NeighbourhoodService(Neo4jSessions sessions, QueryLibrary library) {
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
		int pageSize = RequestBounds.between1And(MAX_PAGE, "limit", limit, DEFAULT_PAGE);
		int cap = RequestBounds.between1And(MAX_HUB_CAP, "perHubCap", perHubCap, DEFAULT_HUB_CAP);
		var after = decodeCursor(cursor);
		return sessions.read(tx -> {
			// A cluster answers as one entity: its canonical node, every member's
			// relationships.
			var cluster = EntityLookup.requireCluster(tx, library, id);
			var parameters = new LinkedHashMap<String, Object>();
			parameters.put("members", cluster.members());
			parameters.put("types", typeNames);
			parameters.put("direction", dir);
			parameters.put("perHubCap", cap);
			parameters.put("after", after);
			// one neighbour more than a page tells whether there is another
			parameters.put("limit", pageSize + 1);
			var query = new ExecutedQuery("neighbourhood", library.get("neighbourhood").cypher(), parameters);
			var entity = GraphViews.node(cluster.entity());
			var records = tx.run(query.cypher(), query.parameters()).list();
			// A page is of neighbours (keys): a neighbour two members share, or linked
			// twice, comes back in one row per relationship, all on the same page.
			var keys = new LinkedHashSet<String>();
			var page = new ArrayList<Record>();
			for (var r : records) {
				if (keys.add(r.get("key").asString()) && keys.size() > pageSize) {
					break;
				}
				page.add(r);
			}
			boolean more = keys.size() > pageSize;
			var sources = GraphViews.sources(tx, GraphViews.relationships(page, "relationship"));
			var neighbours = new ArrayList<Neighbour>();
			var groups = new LinkedHashMap<String, Group>();
			var memberNodes = new LinkedHashMap<String, NodeView>();
			for (var r : page) {
				var member = r.get("member").asNode();
				neighbours.add(new Neighbour(r.get("direction").asString(),
						GraphViews.relationship(r, "relationship", sources),
						GraphViews.node(r.get("neighbour").asNode()), member.get("id").asString()));
				memberNodes.putIfAbsent(member.get("id").asString(), GraphViews.node(member));
				long total = r.get("total").asLong();
				groups.putIfAbsent(r.get("type").asString() + "|" + r.get("direction").asString(),
						new Group(r.get("type").asString(), r.get("direction").asString(), total, Math.min(total, cap),
								total > cap));
			}
			var next = more ? encodeCursor(page.get(page.size() - 1).get("key").asString()) : null;
			return new NeighbourhoodAnswer(entity, cluster.members(), neighbours, List.copyOf(groups.values()), next,
					query, List.copyOf(memberNodes.values()));
		});
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

}
