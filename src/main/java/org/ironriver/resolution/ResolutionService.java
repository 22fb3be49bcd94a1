package org.ironriver.resolution;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditEvent;
import org.ironriver.audit.AuditLog;
import org.ironriver.database.GraphTransport;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.model.EntityIds;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.ironriver.queries.QueryLibrary;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolution on the graph: candidates among the entities it holds (licensees, curated
 * dealers and manufacturers, FollowTheMoney imports alike), judgements stored as
 * {@code (:Judgement)} nodes and audited in the same transaction, and the clusters that
 * standing <em>same</em> judgements make.
 *
 * <p>
 * A cluster destroys nothing: every member keeps its node, its properties and its
 * relationships; each member carries the cluster's canonical id in {@code clusterId}.
 * {@link #canonical} is the one rule that picks it, and this class the one writer of the
 * property; the read queries (search, entity, trace, cluster-members, through which the
 * neighbourhood, timeline, dossier and paths resolve) only read it. Undoing a judgement
 * recomputes the clusters of its two entities from the judgements that still stand, so
 * both are separate again unless other judgements join them.
 */
@Service
public class ResolutionService {

	public static final int MAX_LIMIT = 500;

	static final int MAX_WHY = 2_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String JUDGEMENT_BY_ID = """
			MATCH (j:Judgement {id: $id}) RETURN properties(j) AS j
			""";

	private static final String STANDING_FOR_PAIR = """
			MATCH (j:Judgement {pair: $pair}) WHERE j.retractedAt IS NULL RETURN properties(j) AS j
			""";

	private static final String STANDING = """
			MATCH (j:Judgement) WHERE j.retractedAt IS NULL RETURN j.left AS left, j.right AS right, j.verdict AS verdict
			""";

	private static final String CREATE = """
			CREATE (j:Judgement)
			SET j = $properties
			""";

	private static final String RETRACT = """
			MATCH (j:Judgement {id: $id}) WHERE j.retractedAt IS NULL
			SET j.retractedAt = $at, j.retractedBy = $who, j.retractedWhy = $why
			RETURN j.id AS id
			""";

	private static final String ENTITIES = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, n.clusterId AS clusterId,
			       n.origin AS origin
			""";

	private static final String MEMBERS_OF = """
			MATCH (n:Entity) WHERE n.clusterId IN $clusters RETURN n.id AS id
			""";

	private static final String SET_CLUSTERS = """
			UNWIND $assignments AS a
			MATCH (n:Entity {id: a.id})
			SET n.clusterId = a.clusterId
			""";

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	ResolutionService(Neo4jSessions sessions, QueryLibrary library) {
		this.sessions = sessions;
		this.library = library;
	}

	/**
	 * A page of the pairs at or above {@code threshold}, best first; pairs judged same or
	 * not same, and pairs already in one cluster, are never among them.
	 * @param type only pairs with at least one entity of this type label
	 */
	public CandidatesAnswer candidates(Double threshold, String type, Integer offset, Integer limit) {
		double chosen = threshold == null ? Resolution.DEFAULT_THRESHOLD : threshold;
		if (Double.isNaN(chosen) || chosen < 0 || chosen > 1) {
			throw new BadRequestException("threshold must be between 0 and 1");
		}
		if (type != null && !Resolution.TYPES.contains(type)) {
			throw new BadRequestException("type '" + type + "' is not one resolution compares: "
					+ String.join(", ", new TreeSet<>(Resolution.TYPES)));
		}
		int from = offset == null ? 0 : offset;
		if (from < 0) {
			throw new BadRequestException("offset must not be negative");
		}
		int size = limit == null ? 50 : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
		}
		var transport = sessions.transport();
		var loaded = transport.read(tx -> {
			var records = records(tx);
			var skip = new HashSet<String>();
			var standing = new HashMap<String, String>();
			for (var row : tx.run(STANDING).rows()) {
				var key = Resolution.pairKey((String) row.get("left"), (String) row.get("right"));
				var verdict = (String) row.get("verdict");
				if (Judgement.UNSURE.equals(verdict)) {
					standing.put(key, verdict);
				}
				else {
					skip.add(key);
				}
			}
			return new Loaded(records, skip, standing);
		});
		// Scored outside the transaction: it holds nothing the graph must keep
		// consistent.
		var all = Resolution.candidates(loaded.records(), chosen, loaded.skip(), loaded.standing());
		var filtered = type == null ? all
				: all.stream().filter(c -> c.left().type().equals(type) || c.right().type().equals(type)).toList();
		var page = from >= filtered.size() ? List.<Candidate>of()
				: filtered.subList(from, Math.min(filtered.size(), from + size));
		return new CandidatesAnswer(chosen, type, from, size, filtered.size(), List.copyOf(page));
	}

	/** What the candidates are computed from, read in one transaction. */
	private record Loaded(List<EntityRecord> records, Set<String> skip, Map<String, String> standing) {

	}

	private List<EntityRecord> records(GraphTransport.Statements tx) {
		var query = library.get("resolution-profiles");
		var rows = tx.run(query.cypher(), Map.of("types", List.copyOf(Resolution.TYPES))).rows();
		var records = new ArrayList<EntityRecord>(rows.size());
		for (var row : rows) {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) row.get("properties");
			records.add(new EntityRecord((String) row.get("id"), (String) row.get("type"), properties,
					(String) row.get("clusterId")));
		}
		return records;
	}

	/**
	 * Records a judgement, replacing the pair's standing one (which is kept, retracted),
	 * and joins or splits clusters as it says.
	 */
	public Judgement judge(Actor actor, JudgementRequest request) {
		if (request == null) {
			throw new BadRequestException("a judgement needs left, right and verdict");
		}
		var left = EntityIds.requireValid(required(request.left(), "left"), "left");
		var right = EntityIds.requireValid(required(request.right(), "right"), "right");
		var verdict = required(request.verdict(), "verdict");
		if (!Judgement.VERDICTS.contains(verdict)) {
			throw new BadRequestException("verdict must be one of " + String.join(", ", Judgement.VERDICTS));
		}
		if (left.equals(right)) {
			throw new BadRequestException("left and right are the same id");
		}
		var why = request.why() == null || request.why().isBlank() ? null : request.why().strip();
		if (why != null && why.length() > MAX_WHY) {
			throw new BadRequestException("why is longer than " + MAX_WHY + " characters");
		}
		return sessions.transport().write(tx -> {
			var entities = entities(tx, List.of(left, right));
			var a = entities.get(left);
			var b = entities.get(right);
			if (Judgement.NOT_SAME.equals(verdict) && a.clusterId() != null && a.clusterId().equals(b.clusterId())) {
				throw new BadRequestException("'" + left + "' and '" + right + "' are one cluster through other same "
						+ "judgements; undo those first (GET /api/resolution/judgements?entity=" + left + ")");
			}
			var scored = Resolution.score(a, b);
			var at = OffsetDateTime.now(ZoneOffset.UTC);
			var pair = Resolution.pairKey(left, right);
			var replaced = tx.run(STANDING_FOR_PAIR, Map.of("pair", pair)).rows();
			for (var old : replaced) {
				retract(tx, (String) ((Map<?, ?>) old.get("j")).get("id"), actor, at, "replaced by a new judgement");
			}
			var properties = new LinkedHashMap<String, Object>();
			properties.put("id", "judgement-" + UUID.randomUUID());
			properties.put("left", left);
			properties.put("right", right);
			properties.put("pair", pair);
			properties.put("verdict", verdict);
			properties.put("who", actor.who());
			properties.put("where", actor.where());
			properties.put("at", at);
			if (why != null) {
				properties.put("why", why);
			}
			properties.put("score", scored.score());
			properties.put("features", JSON.writeValueAsString(scored.features()));
			tx.run(CREATE, Map.of("properties", properties));
			recluster(tx, List.of(a, b));
			AuditLog.writeIn(tx,
					AuditEvent.judgement(actor, "judged", (String) properties.get("id"), verdict, left, right, why));
			return judgement(properties);
		});
	}

	/** Undoes a standing judgement: it is kept, marked retracted, and clusters follow. */
	public Judgement undo(Actor actor, String id, String why) {
		EntityIds.requireValid(id, "id");
		if (why != null && why.length() > MAX_WHY) {
			throw new BadRequestException("why is longer than " + MAX_WHY + " characters");
		}
		return sessions.transport().write(tx -> {
			var rows = tx.run(JUDGEMENT_BY_ID, Map.of("id", id)).rows();
			if (rows.isEmpty()) {
				throw new NotFoundException("no judgement with id '" + id + "'");
			}
			@SuppressWarnings("unchecked")
			var properties = new LinkedHashMap<>((Map<String, Object>) rows.get(0).get("j"));
			if (properties.get("retractedAt") != null) {
				throw new NotFoundException("judgement '" + id + "' was undone already");
			}
			var at = OffsetDateTime.now(ZoneOffset.UTC);
			retract(tx, id, actor, at, why);
			var left = (String) properties.get("left");
			var right = (String) properties.get("right");
			var entities = entities(tx, List.of(left, right));
			recluster(tx, entities.values());
			AuditLog.writeIn(tx,
					AuditEvent.judgement(actor, "undone", id, (String) properties.get("verdict"), left, right, why));
			properties.put("retractedAt", at);
			properties.put("retractedBy", actor.who());
			return judgement(properties);
		});
	}

	/** The standing judgements, newest first; with an entity, those that name it. */
	public List<Judgement> judgements(String entity, Integer limit) {
		if (entity != null) {
			EntityIds.requireValid(entity, "entity");
		}
		int size = limit == null ? 100 : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("entity", entity);
		parameters.put("limit", size);
		return sessions.transport().read(tx -> {
			if (entity != null && tx.run(ENTITIES, Map.of("ids", List.of(entity))).rows().isEmpty()) {
				throw new NotFoundException("no entity with id '" + entity + "'");
			}
			return tx.run(library.get("resolution-judgements").cypher(), parameters)
				.rows()
				.stream()
				.map(ResolutionService::judgement)
				.toList();
		});
	}

	/** The judgement of this id, standing or undone. */
	public Judgement judgement(String id) {
		EntityIds.requireValid(id, "id");
		return sessions.transport().read(tx -> {
			var rows = tx.run(JUDGEMENT_BY_ID, Map.of("id", id)).rows();
			if (rows.isEmpty()) {
				throw new NotFoundException("no judgement with id '" + id + "'");
			}
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) rows.get(0).get("j");
			return judgement(properties);
		});
	}

	private static void retract(GraphTransport.Statements tx, String id, Actor actor, OffsetDateTime at, String why) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("at", at);
		parameters.put("who", actor.who());
		parameters.put("why", why);
		tx.run(RETRACT, parameters);
	}

	/** Both entities must exist and be of a type resolution compares. */
	private static Map<String, EntityRecord> entities(GraphTransport.Statements tx, List<String> ids) {
		var found = new LinkedHashMap<String, EntityRecord>();
		for (var row : tx.run(ENTITIES, Map.of("ids", ids)).rows()) {
			var id = (String) row.get("id");
			@SuppressWarnings("unchecked")
			var labels = (Collection<String>) row.get("labels");
			var type = labels.stream().filter(Resolution.TYPES::contains).findFirst().orElse(null);
			if (type == null) {
				throw new BadRequestException("'" + id + "' is not an actor resolution compares (one of "
						+ String.join(", ", new TreeSet<>(Resolution.TYPES)) + ")");
			}
			@SuppressWarnings("unchecked")
			var properties = new HashMap<>((Map<String, Object>) row.get("properties"));
			properties.put("origin", row.get("origin"));
			found.put(id, new EntityRecord(id, type, properties, (String) row.get("clusterId")));
		}
		for (var id : ids) {
			if (!found.containsKey(id)) {
				throw new NotFoundException("no entity with id '" + id + "'");
			}
		}
		return found;
	}

	/**
	 * Recomputes the clusters that hold these entities from the standing same judgements:
	 * every entity of their old clusters and of their new connected component gets the
	 * component's canonical id, or none when it stands alone.
	 */
	private static void recluster(GraphTransport.Statements tx, Collection<EntityRecord> touched) {
		var edges = new HashMap<String, Set<String>>();
		for (var row : tx.run(STANDING).rows()) {
			if (Judgement.SAME.equals(row.get("verdict"))) {
				var l = (String) row.get("left");
				var r = (String) row.get("right");
				edges.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(r);
				edges.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(l);
			}
		}
		var affected = new LinkedHashSet<String>();
		var oldClusters = new ArrayList<String>();
		for (var record : touched) {
			affected.add(record.id());
			if (record.clusterId() != null) {
				oldClusters.add(record.clusterId());
			}
		}
		for (var row : tx.run(MEMBERS_OF, Map.of("clusters", oldClusters)).rows()) {
			affected.add((String) row.get("id"));
		}
		var assigned = new HashSet<String>();
		var assignments = new ArrayList<Map<String, Object>>();
		for (var start : affected) {
			if (assigned.contains(start)) {
				continue;
			}
			var component = new TreeSet<String>();
			var queue = new ArrayDeque<String>(List.of(start));
			while (!queue.isEmpty()) {
				var id = queue.poll();
				if (component.add(id)) {
					queue.addAll(edges.getOrDefault(id, Set.of()));
				}
			}
			assigned.addAll(component);
			var canonical = component.size() < 2 ? null : canonical(tx, component);
			for (var id : component) {
				var assignment = new HashMap<String, Object>();
				assignment.put("id", id);
				assignment.put("clusterId", canonical);
				assignments.add(assignment);
			}
		}
		tx.run(SET_CLUSTERS, Map.of("assignments", assignments));
	}

	/**
	 * The one rule for which member a cluster answers as: a curated entity first (it is
	 * the reviewed record, and its id is the one people cite), then the smallest id, so
	 * the choice does not depend on the order of judgements.
	 */
	static String canonical(GraphTransport.Statements tx, Collection<String> members) {
		var curated = new TreeSet<String>();
		for (var row : tx.run(ENTITIES, Map.of("ids", List.copyOf(members))).rows()) {
			if ("curated".equals(row.get("origin"))) {
				curated.add((String) row.get("id"));
			}
		}
		return curated.isEmpty() ? new TreeSet<>(members).first() : curated.first();
	}

	private static Judgement judgement(Map<String, Object> j) {
		var features = j.get("features") == null ? List.<Feature>of()
				: JSON.readValue((String) j.get("features"), new TypeReference<List<Feature>>() {
				});
		return new Judgement((String) j.get("id"), (String) j.get("left"), (String) j.get("right"),
				(String) j.get("verdict"), (String) j.get("who"), time(j.get("at")), (String) j.get("why"),
				((Number) j.get("score")).doubleValue(), features, time(j.get("retractedAt")),
				(String) j.get("retractedBy"));
	}

	private static OffsetDateTime time(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime time) {
			return time;
		}
		if (value instanceof java.time.ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return OffsetDateTime.parse(String.valueOf(value));
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("'" + field + "' is required");
		}
		return value.strip();
	}

}
