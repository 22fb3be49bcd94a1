package org.ironriver.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironriver.model.NodeType;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver nodes and relationships into the views every answer uses, resolving each
 * relationship's source ids to their {@code Source} nodes in one extra query for the
 * whole answer (not one per hop).
 */
public final class GraphViews {

	/** Node properties that are shown as fields of the view. */
	private static final Set<String> NODE_FIELDS = Set.of("id", "name", EvidenceProperty.ORIGIN,
			EvidenceProperty.ORIGIN_VERSION);

	private static final Set<String> EVIDENCE_PROPERTIES = Stream
		.of(EvidenceProperty.keys().stream(), Stream.of(EvidenceProperty.ORIGIN, EvidenceProperty.ORIGIN_VERSION))
		.flatMap(keys -> keys)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The relationship in {@code column} of a library query's row, seen from the row's
	 * {@code fromId} to its {@code toId}.
	 */
	public static RelationshipView relationship(Record record, String column, Map<String, SourceView> sources) {
		return relationship(record.get(column).asRelationship(), record.get("fromId").asString(null),
				record.get("toId").asString(null), sources);
	}

	/** The non-null relationships of one column over all rows. */
	public static List<Relationship> relationships(List<Record> records, String column) {
		return records.stream().filter(r -> !r.get(column).isNull()).map(r -> r.get(column).asRelationship()).toList();
	}

	/** A date column, or null. */
	public static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

	private GraphViews() {
	}

	public static NodeView node(Node node) {
		var labels = new ArrayList<String>();
		node.labels().forEach(labels::add);
		var type = labels.stream()
			.filter(l -> NodeType.fromLabel(l).isPresent())
			.findFirst()
			.orElse(labels.isEmpty() ? null : labels.get(0));
		var properties = new TreeMap<String, Object>();
		node.asMap().forEach((k, v) -> {
			if (!NODE_FIELDS.contains(k)) {
				properties.put(k, v);
			}
		});
		return new NodeView(node.get("id").asString(null), type, node.get("name").asString(null), labels, properties,
				node.get(EvidenceProperty.ORIGIN).asString(null),
				node.get(EvidenceProperty.ORIGIN_VERSION).asString(null));
	}

	/** Loads the sources these relationships cite, keyed by id. */
	public static Map<String, SourceView> sources(TransactionContext tx, Collection<Relationship> relationships) {
		var ids = new HashSet<String>();
		for (var r : relationships) {
			if (!r.get("sources").isNull()) {
				ids.addAll(r.get("sources").asList(Value::asString));
			}
		}
		return sourcesById(tx, ids);
	}

	public static Map<String, SourceView> sourcesById(TransactionContext tx, Collection<String> ids) {
		var result = new LinkedHashMap<String, SourceView>();
		if (ids.isEmpty()) {
			return result;
		}
		tx.run("MATCH (s:Source) WHERE s.id IN $ids RETURN s", Map.of("ids", List.copyOf(ids)))
			.forEachRemaining(record -> {
				var s = source(record.get("s").asNode());
				result.put(s.id(), s);
			});
		return result;
	}

	/**
	 * A {@code Source} node as a view, for queries that return their sources with the
	 * answer.
	 */
	public static SourceView source(Node s) {
		return new SourceView(s.get("id").asString(), s.get("kind").asString(null), s.get("title").asString(null),
				s.get("publisher").asString(null), s.get("url").asString(null), date(s.get("published")),
				date(s.get("retrieved")), s.get("publishedText").asString(null), s.get("retrievedText").asString(null),
				s.get(EvidenceProperty.ORIGIN).asString(null), s.get(EvidenceProperty.ORIGIN_VERSION).asString(null));
	}

	/**
	 * The relationship with its evidence; {@code from}/{@code to} are the business ids of
	 * its start and end.
	 */
	public static RelationshipView relationship(Relationship r, String fromId, String toId,
			Map<String, SourceView> sources) {
		return new RelationshipView(r.type(), fromId, toId, evidence(r, sources));
	}

	public static EvidenceView evidence(Relationship r, Map<String, SourceView> sources) {
		var cited = new ArrayList<SourceView>();
		if (!r.get("sources").isNull()) {
			for (var id : r.get("sources").asList(Value::asString)) {
				var source = sources.get(id);
				// A relationship cannot be written with an unresolved source, so a
				// missing one means it was deleted
				// since: show the id rather than hide the gap.
				cited.add(source != null ? source : SourceView.unresolved(id));
			}
		}
		return new EvidenceView(cited, r.get("quote").asString(null), r.get("locator").asString(null),
				date(r.get("validFrom")), date(r.get("validTo")), date(r.get("assertedOn")),
				r.get("confidence").isNull() ? null : r.get("confidence").asDouble(), r.get("origin").asString(null),
				r.get("validFromText").asString(null), r.get("validToText").asString(null),
				r.get("assertedOnText").asString(null));
	}

	/** The relationship's own properties that are not evidence (rare; e.g. a role). */
	public static Map<String, Object> extraProperties(Relationship r) {
		var extra = new TreeMap<String, Object>();
		r.asMap().forEach((k, v) -> {
			if (!EVIDENCE_PROPERTIES.contains(k)) {
				extra.put(k, v);
			}
		});
		return extra;
	}

}
