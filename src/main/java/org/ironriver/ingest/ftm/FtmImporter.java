package org.ironriver.ingest.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.evidence.PartialDate;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.records.Fields;
import org.ironriver.ingest.records.InputRecord;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RecordImporter;
import org.ironriver.ingest.records.RecordReader;
import org.ironriver.ingest.records.Resolver;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;

import tools.jackson.databind.JsonNode;

/**
 * Imports FollowTheMoney JSON Lines ({@code {"id", "schema", "properties": {"name":
 * [...], ...}}}) as exported by Aleph, OpenAleph and OpenSanctions. Two sweeps: first the
 * entities (Person, Company, Organization, LegalEntity, PublicBody, CourtCase) and the
 * Documents that become Sources; then the interval entities that link them (Ownership,
 * Directorship, Membership, Representation, CourtCaseParty, UnknownLink, Associate,
 * Family) as relationships with their evidence, and Sanctions as nodes of their own
 * linked to the sanctioned entity. Other schemas (Address, Vessel…) and properties the
 * model has no place for are passed over, and counted in the summary with the reason:
 * nothing is dropped silently.
 *
 * <p>
 * An entity is the node whose id is its FtM id, else the node an earlier import matched
 * to that FtM id, else the one node of a fitting type with the same normalized name
 * (which then keeps the FtM id in {@code externalIds}), else a new node under the FtM id.
 * So an OpenSanctions "Smith &amp; Wesson Brands, Inc." joins the curated
 * {@code smith-wesson} instead of standing beside it.
 */
public final class FtmImporter extends RecordImporter {

	/** Why a property or a row is passed over when nothing else is to be said. */
	static final String NO_PLACE = "no place in the model";

	/**
	 * How the export writes a relationship's confidence in an interval's
	 * {@code description}, FtM having no property for it.
	 */
	static final Pattern CONFIDENCE = Pattern.compile("(?i)confidence:?\\s*(0(?:\\.\\d+)?|1(?:\\.0+)?)");

	/**
	 * FtM ids defined by the file's entities: their node (once resolved) and line, so
	 * intervals can refer to them.
	 */
	private Map<String, Defined> defined = new HashMap<>();

	/**
	 * FtM ids of entities passed over (an Address, a Vessel), with their schema: an
	 * interval that links one is passed over too, not refused.
	 */
	private Map<String, String> passedOver = new HashMap<>();

	private Map<String, Long> seen = new HashMap<>();

	/**
	 * The (normalized) URLs of the file's Documents: an interval citing only these needs
	 * no publisher of its own, the Documents say whose each is.
	 */
	private Set<String> documented = new HashSet<>();

	private record Defined(String nodeId, NodeType type, long line) {
	}

	public FtmImporter() {
		super(ImportKind.FTM);
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
		passedOver = new HashMap<>();
		seen = new HashMap<>();
		documented = new HashSet<>();
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
		boolean entity = FtmSchemas.ENTITIES.containsKey(schema) || schema.equals("Document");
		boolean linking = FtmSchemas.linking(schema);
		if (!entity && !linking) {
			if (phase == 0) {
				if (id != null) {
					passedOver.put(id, schema);
				}
				skipRow(schema, NO_PLACE);
			}
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
		var p = new Props(schema, properties, f);
		RowPlan plan;
		if (schema.equals("Document")) {
			plan = document(record, id, p, f);
		}
		else if (schema.equals("Sanction")) {
			plan = sanction(record, id, p, f);
		}
		else {
			plan = entity ? entity(record, schema, id, p, f) : interval(record, schema, id, p, f);
		}
		if (plan != null && f.ok()) {
			p.skipUnread();
		}
		return plan;
	}

	private RowPlan entity(InputRecord record, String schema, String id, Props p, Fields f) {
		var names = p.values("name");
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
			for (var alias : p.values(key)) {
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
			case "Person" -> {
				type = NodeType.PERSON;
				var born = p.date("birthDate");
				if (born != null) {
					born.putInto(props, "birthDate");
				}
				var nationality = new ArrayList<String>();
				for (var key : List.of("nationality", "citizenship")) {
					nationality.addAll(p.countries(key));
				}
				if (!nationality.isEmpty()) {
					props.put("nationality", List.copyOf(new LinkedHashSet<>(nationality)));
				}
			}
			case "CourtCase" -> {
				type = NodeType.LAWSUIT;
				p.first("caseNumber").ifPresent(v -> props.put("docketNumber", v));
				p.first("court").ifPresent(v -> props.put("forum", v));
				p.first("status").ifPresent(v -> props.put("status", v));
				var filed = p.date("fileDate");
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
					hints.addAll(p.values(key));
				}
				type = FtmSchemas.companyType(hints);
			}
		}
		if (type.isActor()) {
			var countries = new ArrayList<String>();
			for (var key : List.of("jurisdiction", "country", "mainCountry")) {
				for (var code : p.countries(key)) {
					if (countries.isEmpty()) {
						props.put("country", code);
					}
					else if (!countries.contains(code)) {
						skip(schema + "." + key, "a node keeps one country (the first)");
					}
					countries.add(code);
				}
			}
			p.list("topics", props, "topics");
			p.list("idNumber", props, "idNumber");
			if (type != NodeType.PERSON) {
				p.list("registrationNumber", props, "registrationNumber");
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

	/**
	 * A Document with a URL is a Source (an ironriver export writes each Source so); one
	 * without is passed over. An export's own ids ({@code src-…}) are kept.
	 */
	private RowPlan document(InputRecord record, String id, Props p, Fields f) {
		String url = null;
		for (var value : p.values("sourceUrl")) {
			if (!value.strip().toLowerCase(Locale.ROOT).startsWith("http")) {
				// a file's path in Aleph, not a web page: no Source can be found by it
				p.schemaSkip("sourceUrl", "not an http(s) URL");
				continue;
			}
			var checked = f.url("properties.sourceUrl", value, true);
			if (url == null) {
				url = checked;
			}
			else if (checked != null && !checked.equals(url)) {
				skip("Document.sourceUrl", "a Source has one URL (the first)");
			}
		}
		if (!f.ok()) {
			return null;
		}
		if (url == null) {
			skipRow("Document", "a Document without an http(s) sourceUrl is no Source");
			return null;
		}
		var title = p.first("title").or(() -> p.first("name")).orElse(url);
		p.values("name");
		var publisher = p.first("publisher").orElse(null);
		var published = p.date("publishedAt");
		var retrieved = p.date("retrievedAt");
		SourceKind kind = SourceKind.DATASET;
		for (var keyword : p.values("keywords")) {
			var parsed = SourceKind.parse(keyword);
			if (parsed.isPresent()) {
				kind = parsed.get();
			}
			else {
				skip("Document.keywords", NO_PLACE);
			}
		}
		if (!f.ok()) {
			return null;
		}
		documented.add(Names.normalizeUrl(url));
		var source = new RowPlan.SourceRef(url, url, title, publisher, published, kind,
				id.startsWith("src-") ? id : null, retrieved);
		return new RowPlan(record.line(), List.of(), List.of(), List.of(source), List.of());
	}

	private RowPlan interval(InputRecord record, String schema, String id, Props p, Fields f) {
		var ends = FtmSchemas.INTERVALS.get(schema);
		var from = end(p, ends.from(), f);
		var to = end(p, ends.to(), f);
		if (from != null && to != null && passedOver(schema, from, to)) {
			return null;
		}
		RelationType relation = FtmSchemas.FIXED.get(schema);
		var role = p.first(FtmSchemas.roleProperty(schema)).orElse(null);
		var attributes = new HashMap<String, String>();
		switch (schema) {
			case "CourtCaseParty" -> {
				relation = role == null ? null : FtmSchemas.PARTY_ROLES.get(role.strip().toLowerCase(Locale.ROOT));
				if (relation == null) {
					// a witness, an intervenor, a "Beschuldigter": a party in that role
					relation = RelationType.PARTY_IN;
					putRole(attributes, role);
				}
			}
			case "UnknownLink" -> {
				relation = role == null ? null : RelationType.parse(role).orElse(null);
				if (relation == null) {
					relation = RelationType.ASSOCIATED_WITH;
					putRole(attributes, role);
				}
			}
			case "Associate", "Family" -> {
				relation = RelationType.ASSOCIATED_WITH;
				putRole(attributes, role != null ? role : schema.equals("Family") ? "family" : "associate");
			}
			case "Ownership" -> {
				p.first("percentage").ifPresent(v -> attributes.put("percentage", v));
				putRole(attributes, role);
			}
			default -> putRole(attributes, role);
		}
		var link = link(p, f, from, relation, to, attributes, "properties." + ends.from());
		if (link == null || from == null || to == null) {
			return null;
		}
		// Each end is an FtM id: of an entity in this file, or in the graph (as a node's
		// id or one of its externalIds).
		var refs = List.of(RowPlan.EntityRef.of(from, from, null, null, "properties." + ends.from()),
				RowPlan.EntityRef.of(to, to, null, null, "properties." + ends.to()));
		return new RowPlan(record.line(), from.equals(to) ? refs.subList(0, 1) : refs, List.of(), link.sources(),
				List.of(link.link()));
	}

	/**
	 * A Sanction: a node of its own (authority, program, reason…) and {@code IMPOSED_ON}
	 * the sanctioned entity, with the dates and sources as evidence.
	 */
	private RowPlan sanction(InputRecord record, String id, Props p, Fields f) {
		var target = end(p, "entity", f);
		if (target != null && passedOver("Sanction", target, target)) {
			return null;
		}
		var props = new HashMap<String, Object>();
		props.put("ftmSchema", "Sanction");
		for (var key : List.of("authority", "program", "programId", "reason", "provisions", "status")) {
			p.first(key).ifPresent(v -> props.put(key, v));
		}
		var countries = p.countries("country");
		if (!countries.isEmpty()) {
			props.put("country", countries.get(0));
		}
		var listed = p.date("listingDate");
		if (listed != null) {
			listed.putInto(props, "listingDate");
		}
		var caption = text(record.json().path("caption"));
		var name = caption != null ? f.name("caption", caption, false)
				: "Sanction" + (props.containsKey("authority") ? " by " + props.get("authority") : "")
						+ (props.containsKey("program") ? ": " + props.get("program") : "");
		var link = link(p, f, id, RelationType.IMPOSED_ON, target, Map.of(), "properties.entity");
		if (link == null || target == null || name == null) {
			return null;
		}
		var sanction = new RowPlan.EntityRef(id, id, NodeType.SANCTION, Set.of(NodeType.SANCTION),
				name.length() > Fields.MAX_NAME ? name.substring(0, Fields.MAX_NAME) : name, "id", props, List.of());
		var entity = RowPlan.EntityRef.of(target, target, null, null, "properties.entity");
		return new RowPlan(record.line(), List.of(sanction, entity), List.of(), link.sources(), List.of(link.link()));
	}

	private boolean passedOver(String schema, String from, String to) {
		var other = passedOver.containsKey(from) ? passedOver.get(from) : passedOver.get(to);
		if (other == null) {
			return false;
		}
		skipRow(schema, "links " + NodeType.withArticle(other) + ", which has no place in the model");
		return true;
	}

	private static void putRole(Map<String, String> attributes, String role) {
		if (role != null) {
			attributes.put("role", role);
		}
	}

	private record LinkPlan(RowPlan.Link link, List<RowPlan.SourceRef> sources) {
	}

	/**
	 * The evidence an interval carries: its dates, sources, quote ({@code summary}),
	 * locator ({@code recordId}), when the source said it ({@code retrievedAt}) and the
	 * confidence an ironriver export wrote in {@code description}.
	 */
	private LinkPlan link(Props p, Fields f, String from, RelationType relation, String to,
			Map<String, String> attributes, String column) {
		var validFrom = p.date("startDate");
		var validTo = p.date("endDate");
		if (validFrom != null && validTo != null && validTo.end().isBefore(validFrom.start())) {
			f.error("properties.endDate", "'" + validTo.text() + "' is before startDate '" + validFrom.text() + "'");
		}
		var urls = new ArrayList<String>();
		for (var url : p.values("sourceUrl")) {
			var checked = f.url("properties.sourceUrl", url, true);
			if (checked != null) {
				urls.add(checked);
			}
		}
		// One publisher is every new source's; of several, which is whose is not said
		// (an FtM value list is a set), unless the file's Documents say it.
		var publishers = p.values("publisher").stream().filter(v -> !v.isBlank()).distinct().toList();
		var publisher = publishers.size() == 1
				? f.text("properties.publisher", publishers.get(0), false, Fields.MAX_NAME) : null;
		if (publishers.size() > 1 && !urls.stream().allMatch(url -> documented.contains(Names.normalizeUrl(url)))) {
			for (int i = 0; i < publishers.size(); i++) {
				p.schemaSkip("publisher", "several publishers, and no Document says which source is whose");
			}
		}
		var retrieved = p.date("retrievedAt");
		var quote = p.text("summary", Fields.MAX_TEXT).orElse(null);
		var locator = p.first("recordId").orElse(null);
		Double confidence = null;
		for (var description : p.values("description")) {
			var m = CONFIDENCE.matcher(description.strip());
			if (m.matches() && confidence == null) {
				confidence = Double.valueOf(m.group(1));
			}
			else {
				p.schemaSkip("description", NO_PLACE);
			}
		}
		if (!f.ok() || from == null || to == null) {
			return null;
		}
		var sources = new ArrayList<RowPlan.SourceRef>();
		urls.forEach(url -> sources.add(new RowPlan.SourceRef(url, url,
				publisher == null ? url : publisher + ": " + url, publisher, null, SourceKind.DATASET)));
		var sourceKeys = new ArrayList<String>(urls);
		if (sourceKeys.isEmpty()) {
			sourceKeys.add(null);
		}
		return new LinkPlan(new RowPlan.Link(from, relation, to, sourceKeys, quote, locator, validFrom, validTo,
				retrieved, confidence, column, attributes), sources);
	}

	/**
	 * One end of an interval: exactly one id (a string, or an embedded entity with an
	 * id).
	 */
	private static String end(Props p, String key, Fields f) {
		p.read.add(key);
		var node = p.properties.path(key);
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

	/**
	 * An entity's properties as read: which ones the mapping used, so that every other
	 * one is counted as passed over ({@code Person.website: no place in the model}).
	 */
	private final class Props {

		final String schema;

		final JsonNode properties;

		final Fields f;

		final Set<String> read = new HashSet<>();

		Props(String schema, JsonNode properties, Fields f) {
			this.schema = schema;
			this.properties = properties;
			this.f = f;
		}

		/** FtM property values: always an array of strings. */
		List<String> values(String key) {
			read.add(key);
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

		Optional<String> first(String key) {
			return text(key, Fields.MAX_NAME);
		}

		/**
		 * The first value; more values than the model keeps are counted as passed over.
		 */
		Optional<String> text(String key, int max) {
			var list = values(key).stream().filter(v -> !v.isBlank()).toList();
			if (list.size() > 1) {
				for (int i = 1; i < list.size(); i++) {
					schemaSkip(key, "the model keeps one value (the first)");
				}
			}
			return list.isEmpty() ? Optional.empty()
					: Optional.ofNullable(f.text("properties." + key, list.get(0), false, max));
		}

		/** Every value, as a list property. */
		void list(String key, Map<String, Object> props, String property) {
			var list = new ArrayList<String>();
			for (var value : values(key)) {
				var checked = f.text("properties." + key, value, false, Fields.MAX_NAME);
				if (checked != null && !list.contains(checked)) {
					list.add(checked);
				}
			}
			if (!list.isEmpty()) {
				props.put(property, List.copyOf(list));
			}
		}

		/**
		 * FtM dates are ISO prefixes, possibly with a time: the date part is kept (a year
		 * or a month as written).
		 */
		PartialDate date(String key) {
			var value = first(key).orElse(null);
			if (value == null) {
				return null;
			}
			var datePart = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
			return f.date("properties." + key, datePart, key.equals("endDate"));
		}

		/**
		 * Country values as ISO alpha-2 codes (upper case); a value that names no country
		 * is passed over with the reason.
		 */
		List<String> countries(String key) {
			var codes = new ArrayList<String>();
			for (var value : values(key)) {
				var code = Countries.code(value);
				if (code.isPresent()) {
					if (!codes.contains(code.get())) {
						codes.add(code.get());
					}
				}
				else if (!value.isBlank()) {
					schemaSkip(key, "not an ISO 3166 country code or name");
				}
			}
			return codes;
		}

		void schemaSkip(String key, String reason) {
			skip(schema + "." + key, reason);
		}

		/** Every property the mapping did not read, counted by its values. */
		void skipUnread() {
			var names = properties.propertyNames();
			for (var key : names) {
				if (!read.contains(key)) {
					var node = properties.path(key);
					int n = node.isArray() ? node.size() : 1;
					for (int i = 0; i < n; i++) {
						schemaSkip(key, NO_PLACE);
					}
				}
			}
		}

	}

	private static String text(JsonNode node) {
		return node == null || node.isMissingNode() || node.isNull() || !node.isValueNode() || node.asString().isBlank()
				? null : node.asString().strip();
	}

}
