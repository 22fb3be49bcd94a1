package org.ironriver.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audited activity, as the properties of its {@code (:AuditEvent)} node. The node is
 * deliberately not an {@code Entity}: no importer's label allow-list ({@code NodeType})
 * names it and no importer matches it by id, so imported data can neither create nor
 * change one.
 */
public record AuditEvent(Map<String, Object> properties) {

	public static final String LABEL = "AuditEvent";

	/** An import of a file (REST or CLI). */
	public static final String IMPORT = "import";

	/** The curated graph written at start-up, by the application itself. */
	public static final String CURATED_LOAD = "curated-load";

	/** An analyst's own Cypher ({@code POST /api/cypher}, {@code ironriver cypher}). */
	public static final String CYPHER = "cypher";

	/** A library query ({@code /api/queries/{name}}, {@code ironriver query}). */
	public static final String QUERY = "query";

	/**
	 * A resolution judgement made or undone ({@code /api/resolution/judgements},
	 * {@code ironriver resolve}).
	 */
	public static final String JUDGEMENT = "judgement";

	public static final Set<String> KINDS = Set.of(IMPORT, CURATED_LOAD, CYPHER, QUERY, JUDGEMENT);

	/**
	 * Every property key an event may have (tests that fingerprint the graph leave these
	 * out).
	 */
	public static final Set<String> PROPERTY_KEYS = Set.of("id", "at", "kind", "who", "where", "outcome", "error",
			"file", "checksum", "importId", "importKind", "read", "created", "updated", "unchanged", "rejected",
			"entities", "relationships", "sources", "query", "queryHash", "parameters", "durationMs", "rows",
			"judgement", "verdict", "left", "right", "why");

	/**
	 * Parameters and error messages are cut here: the event says what ran, it is not a
	 * copy of the input.
	 */
	static final int MAX_TEXT = 1_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public AuditEvent {
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	static Map<String, Object> base(String kind, Actor actor, String outcome) {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("id", "audit-" + UUID.randomUUID());
		properties.put("at", OffsetDateTime.now(ZoneOffset.UTC));
		properties.put("kind", kind);
		properties.put("who", actor.who());
		properties.put("where", actor.where());
		properties.put("outcome", outcome);
		return properties;
	}

	/**
	 * One imported file.
	 * @param outcome completed, failed (the database or the file failed midway) or
	 * invalid (nothing written)
	 */
	public static AuditEvent imported(Actor actor, String importKind, String file, String checksum, String importId,
			String outcome, long read, long created, long updated, long unchanged, long rejected, String error) {
		var properties = base(IMPORT, actor, outcome);
		properties.put("importKind", importKind);
		properties.put("file", file);
		properties.put("checksum", checksum);
		properties.put("importId", importId);
		properties.put("read", read);
		properties.put("created", created);
		properties.put("updated", updated);
		properties.put("unchanged", unchanged);
		properties.put("rejected", rejected);
		properties.put("error", cut(error));
		return new AuditEvent(properties);
	}

	/** The curated graph written by the application at start-up. */
	public static AuditEvent curatedLoad(String checksum, long sources, long entities, long relationships) {
		var properties = base(CURATED_LOAD, Actor.system(), "completed");
		properties.put("file", "cypher/data");
		properties.put("checksum", checksum);
		properties.put("sources", sources);
		properties.put("entities", entities);
		properties.put("relationships", relationships);
		return new AuditEvent(properties);
	}

	/**
	 * @param durationMs null where the application only relays the query (Neo4j
	 * Browser's, through the gateway)
	 * @param rows null where they were not counted
	 */
	static AuditEvent query(Actor actor, String name, String text, Map<String, ?> parameters, String outcome,
			Long durationMs, Long rows, String error) {
		var properties = base(name == null ? CYPHER : QUERY, actor, outcome);
		if (name == null) {
			properties.put("queryHash", text == null ? null : DigestUtils.sha256Hex(text));
		}
		else {
			properties.put("query", cut(name));
		}
		properties.put("parameters", parameters == null || parameters.isEmpty() ? null : cut(json(parameters)));
		properties.put("durationMs", durationMs);
		properties.put("rows", rows);
		properties.put("error", cut(error));
		return new AuditEvent(properties);
	}

	/**
	 * A judgement made or undone.
	 * @param outcome {@code judged} or {@code undone}
	 * @param verdict same, not-same or unsure
	 */
	public static AuditEvent judgement(Actor actor, String outcome, String judgementId, String verdict, String left,
			String right, String why) {
		var properties = base(JUDGEMENT, actor, outcome);
		properties.put("judgement", judgementId);
		properties.put("verdict", verdict);
		properties.put("left", left);
		properties.put("right", right);
		properties.put("why", cut(why));
		return new AuditEvent(properties);
	}

	static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
	}

	private static String json(Map<String, ?> parameters) {
		try {
			return JSON.writeValueAsString(parameters);
		}
		catch (JacksonException ex) {
			return String.valueOf(parameters);
		}
	}
}
