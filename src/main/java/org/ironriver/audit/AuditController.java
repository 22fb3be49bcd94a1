package org.ironriver.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.RequestBounds;
import org.neo4j.driver.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for admins, newest first, in pages. Read-only by design: no endpoint
 * creates, changes or deletes an event.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private static final String PAGE = """
			MATCH (a:AuditEvent)
			WHERE ($kind IS NULL OR a.kind = $kind) AND ($who IS NULL OR a.who = $who)
			  AND ($from IS NULL OR a.at >= $from) AND ($to IS NULL OR a.at < $to)
			  AND ($cursorAt IS NULL OR a.at < $cursorAt OR (a.at = $cursorAt AND a.id < $cursorId))
			RETURN a
			ORDER BY a.at DESC, a.id DESC
			LIMIT $limit
			""";

	/** One page of events and the cursor of the next one (absent on the last page). */
	record AuditPage(List<Map<String, Object>> events, String next) {
	}

	private final Neo4jSessions sessions;

	AuditController(Neo4jSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	@Operation(summary = "The audit trail (admins)",
			description = "Every import, curated load, ad-hoc Cypher and library query: who, when, from where, what and how "
					+ "many, newest first. Pages of `limit` events; pass the answer's `next` as `cursor` for the next page.")
	AuditPage list(
			@Parameter(description = "import, curated-load, cypher or query") @RequestParam(
					required = false) String kind,
			@Parameter(description = "exactly as recorded, e.g. anonymous, system, alice") @RequestParam(
					required = false) String who,
			@Parameter(
					description = "from this instant on (ISO date or date-time; a date is midnight UTC)") @RequestParam(
							required = false) String from,
			@Parameter(description = "before this instant (ISO date or date-time)") @RequestParam(
					required = false) String to,
			@Parameter(description = "1 to 1000, default 100") @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "the previous page's next") @RequestParam(required = false) String cursor) {
		if (kind != null && !AuditEvent.KINDS.contains(kind)) {
			throw new BadRequestException(
					"kind '" + kind + "' is not one of " + String.join(", ", new TreeSet<>(AuditEvent.KINDS)));
		}
		RequestBounds.between1And(1000, "limit", limit);
		var parameters = new HashMap<String, Object>();
		parameters.put("kind", kind);
		parameters.put("who", who == null || who.isBlank() ? null : who);
		parameters.put("from", instant("from", from));
		parameters.put("to", instant("to", to));
		parameters.put("limit", limit + 1);
		parameters.put("cursorAt", null);
		parameters.put("cursorId", null);
		if (cursor != null && !cursor.isBlank()) {
			var position = decode(cursor);
			parameters.put("cursorAt", position[0]);
			parameters.put("cursorId", position[1]);
		}
		var events = sessions
			.read(tx -> tx.run(PAGE, parameters).list(r -> view(r.get("a").asNode().asMap(Value::asObject))));
		String next = null;
		if (events.size() > limit) {
			events = new ArrayList<>(events.subList(0, limit));
			var last = events.get(limit - 1);
			next = encode((String) last.get("at"), (String) last.get("id"));
		}
		return new AuditPage(events, next);
	}

	private static Map<String, Object> view(Map<String, Object> properties) {
		var view = new java.util.TreeMap<String, Object>(properties);
		view.computeIfPresent("at", (k, v) -> v.toString());
		return view;
	}

	static OffsetDateTime instant(String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
					: OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(
					name + " '" + text + "' is not an ISO date (2026-12-01) or date-time " + "(2026-12-01T10:00:00Z)");
		}
	}

	private static String encode(String at, String id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	private static Object[] decode(String cursor) {
		try {
			var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			return new Object[] { OffsetDateTime.parse(text.substring(0, bar)), text.substring(bar + 1) };
		}
		catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException ex) {
			throw new BadRequestException("cursor '" + cursor + "' is not one this endpoint gave out");
		}
	}

}
