package org.ironriver.ingest.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ironriver.evidence.PartialDate;
import org.ironriver.ingest.GraphTarget;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.records.Fields;
import org.ironriver.ingest.records.InputRecord;
import org.ironriver.ingest.records.RecordImporter;
import org.ironriver.ingest.records.RecordReader;
import org.ironriver.ingest.records.Resolver;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.ingest.records.Transactions;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;

import tools.jackson.databind.JsonNode;

/**
 * Imports FollowTheMoney JSON Lines ({@code {"id", "schema", "properties": {"name":
 * [...], ...}}}) as exported by Aleph, OpenAleph and OpenSanctions. Two sweeps: first the
 * entities (Person, Company, Organization, LegalEntity, PublicBody, CourtCase); then the
 * interval entities that link them (Ownership, Directorship, Membership, Representation,
 * CourtCaseParty, UnknownLink) as relationships with their evidence. Other schemas
 * (Address, Sanction, Document…) carry nothing the model holds and are passed over.
 *
 * <p>
 * An entity is the node whose id is its FtM id, else the node an earlier import matched
 * to that FtM id, else the one node of a fitting type with the same normalized name
 * (which then keeps the FtM id in {@code externalIds}), else a new node under the FtM id.
 * So an OpenSanctions "Smith &amp; Wesson Brands, Inc." joins the curated
 * {@code smith-wesson} instead of standing beside it.
 */
public final class FtmImporter extends RecordImporter {

	/**
	 * FtM ids defined by the file's entities: their node (once resolved) and line, so
	 * intervals can refer to them.
	 */
	private Map<String, Defined> defined = new HashMap<>();

	private Map<String, Long> seen = new HashMap<>();

	private record Defined(String nodeId, NodeType type, long line) {
	}

	public FtmImporter(GraphTarget target, Transactions transactions, Progress progress) {
		super(ImportKind.FTM, target, transactions, progress);
	}

	@Override
	protected RecordReader.Format format() {
		return RecordReader.Format.JSONL;
	}

	@Override
	protected List<String> requiredColumns() {
		return List.of();
	}

	@Override
	protected int phases() {
		return 2;
	}

	@Override
	protected void reset() {
		defined = new HashMap<>();
		seen = new HashMap<>();
	}

	@Override
	protected String fileSourceTitle(String name) {
		return "FollowTheMoney file " + name;
	}

	@Override
	protected Resolver.Declared declared(String id) {
		var d = defined.get(id);
		return d == null || rejected(d.line()) ? null : new Resolver.Declared(d.nodeId(), d.type());
	}

	@Override
	protected void resolved(RowPlan.EntityRef ref, Resolver.Resolved entity) {
		defined.computeIfPresent(ref.key(), (id, d) -> new Defined(entity.id(), entity.type(), d.line()));
	}

	@Override
	protected RowPlan map(InputRecord record, int phase, Fields f) {
		var json = record.json();
		var schema = text(json.path("schema"));
		var id = text(json.path("id"));
		if (schema == null) {
			f.error("schema", "is required (a FollowTheMoney entity has id, schema and properties)");
			return null;
		}
		boolean entity = FtmSchemas.ENTITIES.containsKey(schema);
		boolean interval = FtmSchemas.INTERVALS.containsKey(schema);
		if (!entity && !interval) {
			return null;
		}
		if ((phase == 0) != entity) {
			return null;
		}
		if (id == null) {
			f.error("id", "is required");
			return null;
		}
		if (!EntityIds.isValid(id)) {
			f.error("id",
					"'" + Fields.shorten(id) + "' cannot be an id here (letters, digits and . _ : -, at most 128)");
			return null;
		}
		var earlier = seen.putIfAbsent(id, record.line());
		if (earlier != null) {
			f.error("id", "duplicate id '" + id + "' (already on line " + earlier + ")");
			return null;
		}
		var properties = json.path("properties");
		if (!properties.isObject()) {
			f.error("properties", "is required and must be an object of arrays");
			return null;
		}
		return entity ? entity(record, schema, id, properties, f) : interval(record, schema, id, properties, f);
	}

	private RowPlan entity(InputRecord record, String schema, String id, JsonNode properties, Fields f) {
		var names = values(properties, "name", f);
		var name = names.isEmpty() ? f.name("caption", text(record.json().path("caption")), false)
				: f.name("properties.name", names.get(0), true);
		if (name == null) {
			if (f.ok()) {
				f.error("properties.name", "is required");
			}
			return null;
		}
		var aliases = new LinkedHashSet<String>();
		for (var key : List.of("name", "alias", "previousName", "weakAlias")) {
			for (var alias : values(properties, key, f)) {
				var checked = f.name("properties." + key, alias, false);
				if (checked != null && !checked.equals(name)) {
					aliases.add(checked);
				}
			}
		}
		var props = new HashMap<String, Object>();
		props.put("ftmSchema", schema);
		NodeType type;
		switch (schema) {
			case "Person" -> type = NodeType.PERSON;
			case "CourtCase" -> {
				type = NodeType.LAWSUIT;
				first(properties, "caseNumber", f).ifPresent(v -> props.put("docketNumber", v));
				first(properties, "court", f).ifPresent(v -> props.put("forum", v));
				first(properties, "status", f).ifPresent(v -> props.put("status", v));
				var filed = date(properties, "fileDate", f);
				if (filed != null) {
					props.put("filed", filed.start());
				}
			}
			case "PublicBody" -> {
				type = NodeType.ORGANIZATION;
				props.put("orgType", "agency");
			}
			default -> {
				var hints = new ArrayList<String>();
				for (var key : List.of("topics", "sector", "classification")) {
					hints.addAll(values(properties, key, f));
				}
				type = FtmSchemas.companyType(hints);
			}
		}
		for (var key : List.of("jurisdiction", "country", "nationality")) {
			var country = first(properties, key, f);
			if (country.isPresent() && !props.containsKey("country")) {
				props.put("country", country.get().toUpperCase(Locale.ROOT));
			}
		}
		if (!f.ok()) {
			return null;
		}
		defined.put(id, new Defined(id, type, record.line()));
		var accepted = FtmSchemas.ENTITIES.get(schema);
		var ref = new RowPlan.EntityRef(id, id, type, accepted, name, "id", props, List.copyOf(aliases), true);
		return new RowPlan(record.line(), List.of(ref), List.of(), List.of(), List.of());
	}

	private RowPlan interval(InputRecord record, String schema, String id, JsonNode properties, Fields f) {
		var ends = FtmSchemas.INTERVALS.get(schema);
		var from = end(properties, ends.from(), f);
		var to = end(properties, ends.to(), f);
		RelationType relation = FtmSchemas.FIXED.get(schema);
		var role = first(properties, "role", f).orElse(null);
		if (schema.equals("CourtCaseParty")) {
			relation = role == null ? null : FtmSchemas.PARTY_ROLES.get(role.strip().toLowerCase(Locale.ROOT));
			if (relation == null) {
				f.error("properties.role",
						"CourtCaseParty role '" + (role == null ? "" : Fields.shorten(role)) + "' is not one of "
								+ String.join(", ", FtmSchemas.PARTY_ROLES.keySet().stream().sorted().toList()));
			}
		}
		else if (schema.equals("UnknownLink")) {
			relation = role == null ? null : RelationType.parse(role).orElse(null);
			if (relation == null) {
				f.error("properties.role",
						"an UnknownLink is imported only when its role names a relation of the model "
								+ "(e.g. SUPPLIES); '" + (role == null ? "" : Fields.shorten(role)) + "' does not");
			}
		}
		var validFrom = date(properties, "startDate", f);
		var validTo = date(properties, "endDate", f);
		if (validFrom != null && validTo != null && validTo.end().isBefore(validFrom.start())) {
			f.error("properties.endDate", "'" + validTo.text() + "' is before startDate '" + validFrom.text() + "'");
		}
		var urls = new ArrayList<String>();
		for (var url : values(properties, "sourceUrl", f)) {
			var checked = f.url("properties.sourceUrl", url, true);
			if (checked != null) {
				urls.add(checked);
			}
		}
		var publisher = first(properties, "publisher", f).orElse(null);
		var retrieved = date(properties, "retrievedAt", f);
		if (!f.ok() || from == null || to == null || relation == null) {
			return null;
		}
		var sources = new ArrayList<RowPlan.SourceRef>();
		urls.forEach(url -> sources.add(new RowPlan.SourceRef(url, url,
				publisher == null ? url : publisher + ": " + url, publisher, null, SourceKind.DATASET)));
		var sourceKeys = new ArrayList<String>(urls);
		if (sourceKeys.isEmpty()) {
			sourceKeys.add(null);
		}
		var link = new RowPlan.Link(from, relation, to, sourceKeys, null, null, validFrom, validTo, retrieved, null,
				"properties." + ends.from());
		// Each end is an FtM id: of an entity in this file, or in the graph (as a node's
		// id or one of its externalIds).
		var refs = List.of(RowPlan.EntityRef.of(from, from, null, null, "properties." + ends.from()),
				RowPlan.EntityRef.of(to, to, null, null, "properties." + ends.to()));
		return new RowPlan(record.line(), from.equals(to) ? refs.subList(0, 1) : refs, List.of(), sources,
				List.of(link));
	}

	/**
	 * One end of an interval: exactly one id (a string, or an embedded entity with an
	 * id).
	 */
	private static String end(JsonNode properties, String key, Fields f) {
		var node = properties.path(key);
		var ids = new ArrayList<String>();
		if (node.isArray()) {
			for (var value : node) {
				var id = value.isObject() ? text(value.path("id")) : text(value);
				if (id != null) {
					ids.add(id);
				}
			}
		}
		if (ids.size() != 1) {
			f.error("properties." + key, ids.isEmpty() ? "is required (the id of an entity)"
					: "names " + ids.size() + " entities; one is expected");
			return null;
		}
		if (!EntityIds.isValid(ids.get(0))) {
			f.error("properties." + key, "'" + Fields.shorten(ids.get(0)) + "' is not an id");
			return null;
		}
		return ids.get(0);
	}

	/** FtM property values: always an array of strings. */
	private static List<String> values(JsonNode properties, String key, Fields f) {
		var node = properties.path(key);
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			f.error("properties." + key, "must be an array of strings");
			return List.of();
		}
		var list = new ArrayList<String>();
		for (var value : node) {
			if (value.isString() || value.isNumber()) {
				list.add(value.asString());
			}
			else if (!value.isObject()) {
				f.error("properties." + key, "must be an array of strings");
			}
		}
		return list;
	}

	private static java.util.Optional<String> first(JsonNode properties, String key, Fields f) {
		var list = values(properties, key, f);
		return list.isEmpty() || list.get(0).isBlank() ? java.util.Optional.empty()
				: java.util.Optional.ofNullable(f.text("properties." + key, list.get(0), false, Fields.MAX_NAME));
	}

	/** FtM dates are ISO prefixes, possibly with a time: the date part is kept. */
	private static PartialDate date(JsonNode properties, String key, Fields f) {
		var value = first(properties, key, f).orElse(null);
		if (value == null) {
			return null;
		}
		var datePart = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
		return f.date("properties." + key, datePart, key.equals("endDate"));
	}

	private static String text(JsonNode node) {
		return node == null || node.isMissingNode() || node.isNull() || !node.isValueNode() || node.asString().isBlank()
				? null : node.asString().strip();
	}

}
