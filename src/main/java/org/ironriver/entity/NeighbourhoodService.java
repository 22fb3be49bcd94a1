package org.ironriver.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.entity.NeighbourhoodAnswer.Group;
import org.ironriver.entity.NeighbourhoodAnswer.Neighbour;
import org.ironriver.evidence.GraphViews;
import org.ironriver.model.RelationType;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.RequestBounds;
import org.ironriver.queries.EntityLookup;
import org.ironriver.queries.ExecutedQuery;
import org.ironriver.queries.QueryLibrary;
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
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("types", typeNames);
		parameters.put("direction", dir);
		parameters.put("perHubCap", cap);
		parameters.put("after", decodeCursor(cursor));
		// one row more than a page tells whether there is another
		parameters.put("limit", pageSize + 1);
		var query = new ExecutedQuery("neighbourhood", library.get("neighbourhood").cypher(), parameters);
		return sessions.read(tx -> {
			var entity = GraphViews.node(EntityLookup.requireNode(tx, library, id));
			var records = tx.run(query.cypher(), query.parameters()).list();
			boolean more = records.size() > pageSize;
			var page = more ? records.subList(0, pageSize) : records;
			var sources = GraphViews.sources(tx, GraphViews.relationships(page, "relationship"));
			var neighbours = new ArrayList<Neighbour>();
			var groups = new LinkedHashMap<String, Group>();
			for (var r : page) {
				neighbours.add(new Neighbour(r.get("direction").asString(),
						GraphViews.relationship(r, "relationship", sources),
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
