package org.ironriver.ingest.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.LongLineMap;
import org.ironriver.ingest.records.Fields;
import org.ironriver.ingest.records.InputRecord;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RecordImporter;
import org.ironriver.ingest.records.RecordReader;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.model.EntityIds;
import org.ironriver.model.EntityProperties;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;

/**
 * Imports facts, the format analysts use to add any knowledge: one relationship per row
 * between a subject and an object (each found by id, or by exact normalized name and
 * type, or created), with its source and evidence. CSV with the columns of
 * {@link #COLUMNS}, or JSON Lines with the same keys (or nested {@code subject},
 * {@code object} and {@code source} objects).
 *
 * <p>
 * Two more things a row can say. "Source S asserts claim C": relation {@code ASSERTS}, no
 * subject (the row's source is it), a {@code Claim} as object. And the typed properties
 * of an entity the row creates: columns {@code subject.<property>} and
 * {@code object.<property>} ({@code object.value}, {@code object.topic}), each checked
 * against the model's properties of that type ({@link EntityProperties}) and read as its
 * type — a number, a date kept as written, true/false, a list separated by {@code ;}.
 */
public final class FactsImporter extends RecordImporter {

	/** The documented column list, in the order the generator writes it. */
	public static final List<String> COLUMNS = List.of("subject_id", "subject_type", "subject_name", "relation",
			"object_id", "object_type", "object_name", "valid_from", "valid_to", "source_url", "source_title",
			"source_publisher", "source_date", "quote", "locator", "confidence");

	/**
	 * Columns a file may add to {@link #COLUMNS}: the kind of the row's source (one of
	 * {@link SourceKind}; {@code unknown} when not given).
	 */
	public static final List<String> OPTIONAL_COLUMNS = List.of("source_kind");

	static final List<String> REQUIRED = List.of("subject_type", "relation", "object_type", "source_url");

	/**
	 * Types with properties a fact cannot give: referenced by the id of an existing node
	 * only.
	 */
	static final Set<NodeType> BY_ID_ONLY = Set.of(NodeType.SOURCE, NodeType.FLOW_OBSERVATION);

	private LongLineMap seen = new LongLineMap();

	public FactsImporter() {
		super(ImportKind.FACTS);
	}

	@Override
	protected RecordReader.Format format() {
		return RecordReader.Format.AUTO;
	}

	@Override
	protected List<String> requiredColumns() {
		return REQUIRED;
	}

	@Override
	protected String headerProblem(List<String> header) {
		var unknown = header.stream().filter(c -> !known(c)).toList();
		return unknown.isEmpty() ? null
				: "header: unknown column(s) " + String.join(", ", unknown) + "; the columns are "
						+ String.join(",", COLUMNS) + " and optionally " + String.join(",", OPTIONAL_COLUMNS)
						+ ", subject.<property>, object.<property>";
	}

	@Override
	protected void reset() {
		seen = new LongLineMap();
	}

	@Override
	protected RowPlan map(InputRecord record, int phase, Fields f) {
		if (record.json() != null) {
			var unknown = record.fields().keySet().stream().filter(k -> !known(k)).toList();
			if (!unknown.isEmpty()) {
				f.error(unknown.get(0), "unknown key; the keys are " + String.join(", ", COLUMNS) + " and optionally "
						+ String.join(", ", OPTIONAL_COLUMNS));
				return null;
			}
			REQUIRED.stream()
				.filter(c -> record.get(c) == null && !(c.equals("subject_type") && asserts(record)))
				.forEach(c -> f.error(c, "is required"));
			if (!f.ok()) {
				return null;
			}
		}
		boolean asserts = asserts(record);
		var subject = asserts ? assertingSource(record, f) : entity(record, "subject", f);
		var object = entity(record, "object", f);
		RelationType relation = null;
		var relationText = f.text("relation", record.get("relation"), true, 64);
		if (relationText != null) {
			relation = RelationType.parse(relationText).orElse(null);
			if (relation == null) {
				f.error("relation", "unknown relation '" + Fields.shorten(relationText) + "' (the model has "
						+ String.join(", ", Arrays.stream(RelationType.values()).map(Enum::name).toList()) + ")");
			}
		}
		if (relation != null && !asserts && subject != null && object != null) {
			relation.refusal(subject.type(), object.type()).ifPresent(reason -> f.error("relation", reason));
		}
		if (asserts && object != null) {
			RelationType.ASSERTS.refusal(NodeType.SOURCE, object.type())
				.ifPresent(reason -> f.error("object_type", reason));
		}
		var validFrom = f.date("valid_from", record.get("valid_from"), false);
		var validTo = f.date("valid_to", record.get("valid_to"), true);
		if (validFrom != null && validTo != null && validTo.end().isBefore(validFrom.start())) {
			f.error("valid_to", "'" + validTo.text() + "' is before valid_from '" + validFrom.text() + "'");
		}
		var url = f.url("source_url", record.get("source_url"), true);
		var title = f.text("source_title", record.get("source_title"), false, Fields.MAX_NAME);
		var publisher = f.text("source_publisher", record.get("source_publisher"), false, Fields.MAX_NAME);
		var published = f.date("source_date", record.get("source_date"), false);
		var kind = f.sourceKind("source_kind", record.get("source_kind"), SourceKind.UNKNOWN);
		var quote = f.text("quote", record.get("quote"), false, Fields.MAX_TEXT);
		var locator = f.text("locator", record.get("locator"), false, Fields.MAX_NAME);
		var confidence = f.confidence("confidence", record.get("confidence"));
		if (!f.ok()) {
			return null;
		}
		long earlier = seen.putIfAbsent(duplicateKey(asserts ? null : subject, relation, object, url), record.line());
		if (earlier != 0) {
			f.error(null, "duplicate fact: the same subject, relation, object and source as line " + earlier);
			return null;
		}
		var source = new RowPlan.SourceRef("source", url, title, publisher, published, kind);
		var link = new RowPlan.Link(asserts ? RowPlan.sourceEnd(url) : "subject", relation, "object", List.of(url),
				quote, locator, validFrom, validTo, published, confidence, "relation");
		return new RowPlan(record.line(), asserts ? List.of(object) : List.of(subject, object), List.of(),
				List.of(source), List.of(link));
	}

	private static boolean known(String column) {
		return COLUMNS.contains(column) || OPTIONAL_COLUMNS.contains(column) || column.startsWith("subject.")
				|| column.startsWith("object.");
	}

	/** A row saying its source asserts a claim: the source is the subject. */
	private static boolean asserts(InputRecord record) {
		return RelationType.parse(record.get("relation")).orElse(null) == RelationType.ASSERTS;
	}

	/**
	 * The subject of an ASSERTS row is the source the row cites: subject columns, if any,
	 * may only say so.
	 */
	private static RowPlan.EntityRef assertingSource(InputRecord record, Fields f) {
		var type = record.get("subject_type");
		if (type != null && !NodeType.SOURCE.label().equalsIgnoreCase(type)) {
			f.error("subject_type", "ASSERTS is said by the row's source: leave the subject empty (or Source)");
		}
		for (var column : List.of("subject_id", "subject_name")) {
			if (record.get(column) != null) {
				f.error(column, "ASSERTS is said by the row's source (source_url): leave the subject empty");
			}
		}
		if (record.fields()
			.entrySet()
			.stream()
			.anyMatch(e -> e.getKey().startsWith("subject.") && !e.getValue().isBlank())) {
			f.error("subject", "a source's properties are its source_* columns");
		}
		return null;
	}

	private static RowPlan.EntityRef entity(InputRecord record, String role, Fields f) {
		var id = f.text(role + "_id", record.get(role + "_id"), false, 128);
		if (id != null && !EntityIds.isValid(id)) {
			f.error(role + "_id",
					"'" + Fields.shorten(id) + "' is not an id (letters, digits and . _ : -, at most 128)");
			id = null;
		}
		var typeText = f.text(role + "_type", record.get(role + "_type"), true, 64);
		NodeType type = null;
		if (typeText != null) {
			type = NodeType.fromLabel(typeText).orElse(null);
			if (type == null) {
				f.error(role + "_type", "unknown type '" + Fields.shorten(typeText) + "' (the model has "
						+ String.join(", ", Arrays.stream(NodeType.values()).map(NodeType::label).toList()) + ")");
			}
		}
		var name = f.name(role + "_name", record.get(role + "_name"), false);
		if (id == null && name == null && record.get(role + "_id") == null && record.get(role + "_name") == null) {
			f.error(role + "_name", "give the " + role + "'s id or name");
		}
		if (type != null && BY_ID_ONLY.contains(type) && id == null) {
			f.error(role + "_id", NodeType.withArticle(type.label()) + " is named by the id of an existing node");
		}
		var properties = type == null ? Map.<String, Object>of() : properties(record, role, type, f);
		if (type == null || (id == null && name == null)) {
			return null;
		}
		return new RowPlan.EntityRef(role, id, type, Set.of(type), BY_ID_ONLY.contains(type) ? null : name,
				role + (id != null ? "_id" : "_name"), properties, List.of());
	}

	/**
	 * The typed properties a row gives its subject or object ({@code object.value}), set
	 * when the row creates it; each must be one of the model's properties of its type.
	 */
	private static Map<String, Object> properties(InputRecord record, String role, NodeType type, Fields f) {
		var properties = new LinkedHashMap<String, Object>();
		for (var entry : record.fields().entrySet()) {
			if (!entry.getKey().startsWith(role + ".") || entry.getValue().isBlank()) {
				continue;
			}
			var column = entry.getKey();
			var property = column.substring(role.length() + 1);
			// Columns are read lower case; the model's names are camelCase.
			var name = EntityProperties.of(type)
				.stream()
				.filter(p -> p.equalsIgnoreCase(property))
				.findFirst()
				.orElse(null);
			if (name == null) {
				var known = EntityProperties.of(type);
				f.error(column, "'" + property + "' is not a property of " + NodeType.withArticle(type.label())
						+ (known.isEmpty() ? " an import can set" : " (it has " + String.join(", ", known) + ")"));
				continue;
			}
			f.typed(column, entry.getValue(), EntityProperties.kind(type, name).orElseThrow(), name, properties);
		}
		return properties;
	}

	private static long duplicateKey(RowPlan.EntityRef subject, RelationType relation, RowPlan.EntityRef object,
			String url) {
		var parts = new ArrayList<String>();
		for (var ref : Arrays.asList(subject, object)) {
			if (ref == null) {
				// an ASSERTS row's subject: its source, which the URL below names
				parts.add("source");
				continue;
			}
			parts.add(ref.id() != null ? "id:" + ref.id()
					: "name:" + ref.type().label() + ":" + Names.normalize(ref.name()));
		}
		parts.add(relation.name());
		parts.add(Names.normalizeUrl(url));
		return Long.parseUnsignedLong(DigestUtils.sha256Hex(String.join("|", parts)).substring(0, 15), 16);
	}

}
