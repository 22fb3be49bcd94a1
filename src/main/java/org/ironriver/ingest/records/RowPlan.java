package org.ironriver.ingest.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ironriver.evidence.PartialDate;
import org.ironriver.graph.NodeRecord;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;

/**
 * What one valid input row asks of the graph: the entities it names (found or created),
 * nodes it writes whole (a flow observation), the sources it cites (found by URL or
 * created) and the relationships between them. A row is written in one transaction with
 * the rest of its batch, so it is written whole or not at all.
 *
 * @param parents links from an entity the row names to where it lies, written only when
 * the row creates that entity ({@link #linksToWrite})
 */
public record RowPlan(long line, List<EntityRef> entities, List<NodeRecord> nodes, List<SourceRef> sources,
		List<Link> links, List<Link> parents) {

	public RowPlan(long line, List<EntityRef> entities, List<NodeRecord> nodes, List<SourceRef> sources,
			List<Link> links) {
		this(line, entities, nodes, sources, links, List.of());
	}

	/** Every link the row may write, for checking that each connects its types. */
	List<Link> allLinks() {
		if (parents.isEmpty()) {
			return links;
		}
		var all = new ArrayList<Link>(links);
		all.addAll(parents);
		return all;
	}

	/**
	 * The links the row writes: its own, and where an entity it creates lies
	 * ({@link #parents}, e.g. a new county in its state) — an existing place keeps the
	 * parents it has, and its curated evidence is not entangled with an import's.
	 */
	List<Link> linksToWrite(Map<String, Resolver.Resolved> resolved) {
		if (parents.isEmpty()) {
			return links;
		}
		var all = new ArrayList<Link>(links);
		for (var parent : parents) {
			var child = resolved.get(parent.from());
			if (child != null && child.create()) {
				all.add(parent);
			}
		}
		return all;
	}

	/**
	 * An entity the row names.
	 *
	 * @param key how the row's links refer to it ("subject", "object", an FtM id…)
	 * @param id its business id, or null to find it by name
	 * @param type the type it is created with; null when it must already exist (in the
	 * graph or earlier in the file)
	 * @param accepted the types an existing entity may have (a FtM Company matches any
	 * kind of company)
	 * @param name its name (required to create it)
	 * @param column the input column, for errors
	 * @param properties set when it is created (never on an existing entity)
	 * @param aliases set when it is created
	 * @param external the id is the entity's id in another tool's data (a FollowTheMoney
	 * id): when no node has it as its id or among its {@code externalIds}, an entity of
	 * an accepted type with the same normalized name is this one, and keeps the id in its
	 * {@code externalIds}
	 */
	public record EntityRef(String key, String id, NodeType type, Set<NodeType> accepted, String name, String column,
			Map<String, Object> properties, List<String> aliases, boolean external) {

		public EntityRef(String key, String id, NodeType type, Set<NodeType> accepted, String name, String column,
				Map<String, Object> properties, List<String> aliases) {
			this(key, id, type, accepted, name, column, properties, aliases, false);
		}

		public static EntityRef of(String key, String id, NodeType type, String name, String column) {
			return new EntityRef(key, id, type, type == null ? Set.of() : Set.of(type), name, column, Map.of(),
					List.of());
		}

		/** The same name is the same entity within a file, whichever row names it. */
		String nameKey() {
			return type.label() + "|" + Names.normalize(name);
		}
	}

	/**
	 * A source the row cites. Found by URL (any Source with the same normalized URL),
	 * else created with {@code id} (a FollowTheMoney Document's id, so an export read
	 * back keeps its Source ids) or the id {@link Names#sourceId}. {@code url} null means
	 * the imported file itself (the import's dataset Source).
	 */
	public record SourceRef(String key, String url, String title, String publisher, PartialDate published,
			SourceKind kind, String id, PartialDate retrieved) {

		public SourceRef {
			kind = kind == null ? SourceKind.UNKNOWN : kind;
		}

		public SourceRef(String key, String url, String title, String publisher, PartialDate published,
				SourceKind kind) {
			this(key, url, title, publisher, published, kind, null, null);
		}
	}

	/**
	 * How a link names the row's source itself as its start: a source asserting a claim.
	 */
	private static final String SOURCE_END = "source-url:";

	/** The end of a link that is the source the row cites at {@code url}. */
	public static String sourceEnd(String url) {
		return SOURCE_END + url;
	}

	/** The URL of a link end made by {@link #sourceEnd}, or null for any other end. */
	static String sourceUrl(String end) {
		return end.startsWith(SOURCE_END) ? end.substring(SOURCE_END.length()) : null;
	}

	/**
	 * The confidence of a link that gives none: the default of the strongest kind of
	 * source it cites (the imported file itself is a dataset).
	 */
	public double defaultConfidence(Link link) {
		return link.sourceKeys()
			.stream()
			.map(key -> key == null ? SourceKind.DATASET
					: sources.stream().filter(s -> key.equals(s.url())).map(SourceRef::kind).findFirst().orElse(null))
			.filter(Objects::nonNull)
			.mapToDouble(SourceKind::defaultConfidence)
			.max()
			.orElse(SourceKind.UNKNOWN.defaultConfidence());
	}

	/**
	 * A relationship with its evidence. Fields left null keep what an existing
	 * relationship has (and a new one gets the defaults, its confidence from the kinds of
	 * its sources); sources are added to an existing relationship's sources.
	 *
	 * @param sourceKeys the URLs of the sources the row cites; a null element stands for
	 * the imported file itself, which is cited only by a relationship nothing else
	 * supports yet
	 * @param attributes the relationship's own properties besides evidence (a role, a
	 * percentage), among those its type allows; like evidence, one the row leaves out
	 * keeps its stored value
	 */
	public record Link(String from, RelationType type, String to, List<String> sourceKeys, String quote, String locator,
			PartialDate validFrom, PartialDate validTo, PartialDate assertedOn, Double confidence, String column,
			Map<String, String> attributes) {

		public Link {
			attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
		}

		public Link(String from, RelationType type, String to, List<String> sourceKeys, String quote, String locator,
				PartialDate validFrom, PartialDate validTo, PartialDate assertedOn, Double confidence, String column) {
			this(from, type, to, sourceKeys, quote, locator, validFrom, validTo, assertedOn, confidence, column,
					Map.of());
		}
	}
}
