package org.ironriver.ingest.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ironriver.database.GraphTransport;
import org.ironriver.evidence.Evidence;
import org.ironriver.evidence.EvidenceProperty;
import org.ironriver.evidence.PartialDate;
import org.ironriver.graph.GraphWriter;
import org.ironriver.graph.NodeRecord;
import org.ironriver.graph.RelationshipRecord;
import org.ironriver.ingest.ErrorCollector;
import org.ironriver.ingest.ImportFormat;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.ImportOptions;
import org.ironriver.ingest.ImportRun;
import org.ironriver.ingest.InputFile;
import org.ironriver.ingest.RowError;
import org.ironriver.ingest.Validation;
import org.ironriver.model.NodeType;
import org.ironriver.model.SourceKind;
import org.neo4j.driver.TransactionContext;

/**
 * What the record formats (facts, trace statistics, FollowTheMoney) share as formats of
 * the {@link org.ironriver.ingest.ImportPipeline}: their validator checks every row's
 * syntax, the model's types and relations, and what the graph already has
 * ({@link Resolver}, in read transactions); their writer writes batches of rows, each
 * batch one transaction through {@link GraphWriter}, resolving again in that transaction
 * so what is written is what was checked. A subclass only maps one input record onto a
 * {@link RowPlan}.
 *
 * <p>
 * A format may need several sweeps ("phases") over the file: FollowTheMoney writes its
 * entities before the interval entities that link them, wherever they are in the file.
 */
public abstract class RecordImporter implements ImportFormat {

	/** Rows checked against the graph per read transaction while validating. */
	static final int CHECK_BATCH = 1_000;

	private final ImportKind kind;

	/**
	 * Rows rejected so far in the file being validated, or for good in the file being
	 * written.
	 */
	private BitSet rejectedRows = new BitSet();

	/** The run being written, or null while validating. */
	private ImportRun writing;

	protected RecordImporter(ImportKind kind) {
		this.kind = kind;
	}

	@Override
	public final ImportKind kind() {
		return kind;
	}

	protected abstract RecordReader.Format format();

	/** The CSV columns the header must have. */
	protected abstract List<String> requiredColumns();

	/**
	 * A problem with the CSV header beyond missing columns (unknown columns), or null.
	 */
	protected String headerProblem(List<String> header) {
		return null;
	}

	protected int phases() {
		return 1;
	}

	/** Called before a file is validated, so state of an earlier file is dropped. */
	protected void reset() {
	}

	/**
	 * Maps one record in one phase: a plan, or null when the record is written in another
	 * phase. Problems go to {@code fields}; a record with problems is rejected whatever
	 * this returns.
	 */
	protected abstract RowPlan map(InputRecord record, int phase, Fields fields);

	/**
	 * An entity defined elsewhere in the file as references to it resolve (FollowTheMoney
	 * ids): its graph id and type; null when the file defines no such entity.
	 */
	protected Resolver.Declared declared(String key) {
		return null;
	}

	/**
	 * How an entity a valid row defines resolved (found, matched by name or created),
	 * while validating and again while writing, so that {@link #declared} answers for it
	 * as the graph will have it.
	 */
	protected void resolved(RowPlan.EntityRef ref, Resolver.Resolved entity) {
	}

	/**
	 * Whether a row of the current file is rejected (so what it defines must not be
	 * referred to).
	 */
	/**
	 * Counts a value the model has no place for ({@code Person.website}), with the
	 * reason, in the summary; only while writing, so each is counted once.
	 */
	protected final void skip(String what, String reason) {
		if (writing != null) {
			writing.skip(what, reason);
		}
	}

	/** Counts a row passed over whole ({@code Address}), with the reason. */
	protected final void skipRow(String what, String reason) {
		if (writing != null) {
			writing.skipped(1);
			writing.skip(what, reason);
		}
	}

	protected final boolean rejected(long line) {
		return rejectedRows.get(Math.toIntExact(line));
	}

	/**
	 * The imported file as a dataset Source, for rows that cite no source of their own;
	 * null when none may.
	 */
	protected String fileSourceTitle(String name) {
		return null;
	}

	@Override
	public String validate(Path path, String name, ImportOptions options, ErrorCollector collector,
			GraphTransport graph) throws IOException {
		reset();
		rejectedRows = collector.rejectedLines();
		String checksum = null;
		for (int phase = 0; phase < phases(); phase++) {
			try (var reader = RecordReader.open(path, name, format(), requiredColumns())) {
				var headerProblem = reader.format() == RecordReader.Format.CSV ? headerProblem(reader.header()) : null;
				if (headerProblem != null) {
					throw new InputFile.FileProblem(1, headerProblem);
				}
				var pending = new ArrayList<RowPlan>();
				var raws = new HashMap<Long, String>();
				var rowErrors = new ArrayList<RowError>();
				InputRecord record;
				while ((record = reader.next(rowErrors)) != null) {
					if (phase == 0) {
						collector.row();
					}
					if (collector.rejected(record.line())) {
						rowErrors.clear();
						continue;
					}
					RowPlan plan = null;
					if (rowErrors.isEmpty()) {
						plan = map(record, phase, new Fields(name, record.line(), rowErrors));
					}
					if (!rowErrors.isEmpty()) {
						collector.reject(record.line(), rowErrors, record.raw());
						rowErrors.clear();
						continue;
					}
					if (plan != null) {
						pending.add(plan);
						raws.put(plan.line(), record.raw());
						if (pending.size() >= CHECK_BATCH) {
							check(graph, name, pending, raws, collector);
						}
					}
				}
				check(graph, name, pending, raws, collector);
				if (phase == 0) {
					if (collector.rows() == 0) {
						collector
							.fileError(new RowError(name, 2, null, "no rows: the file is empty or has only a header"));
					}
					checksum = reader.checksum();
				}
			}
			if (collector.fatal()) {
				break;
			}
		}
		return checksum;
	}

	/**
	 * Checks a batch of syntactically valid rows against the graph (read-only) and
	 * rejects those that fail.
	 */
	private void check(GraphTransport graph, String name, List<RowPlan> pending, Map<Long, String> raws,
			ErrorCollector collector) {
		if (pending.isEmpty()) {
			return;
		}
		var result = graph.read(tx -> Resolver.resolve(tx, name, pending, this::declared));
		report(result);
		var byLine = new LinkedHashMap<Long, List<RowError>>();
		result.errors().forEach(e -> byLine.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e));
		byLine.forEach((line, errors) -> collector.reject(line, errors, raws.get(line)));
		pending.clear();
		raws.clear();
	}

	private void report(Resolver.Result result) {
		result.entities().forEach((plan, resolved) -> plan.entities().forEach(ref -> {
			if (ref.type() != null) {
				resolved(ref, resolved.get(ref.key()));
			}
		}));
	}

	/**
	 * Writes a validated file: batches of rows, each batch one transaction. The file's
	 * own Source is created only when a row cites it (see writeLinks), so a file whose
	 * rows all cite their own sources, or change nothing, adds no Source.
	 */
	@Override
	public void write(Validation validation, ImportOptions options, ImportRun run) throws IOException {
		var title = fileSourceTitle(validation.name());
		var context = new Context(validation.name(), run.importId(), validation.checksum().substring(0, 16),
				title == null ? null : run.sourceId(), title, options.sourceUrl());
		rejectedRows = validation.rejected();
		reset();
		writing = run;
		try {
			writeRecords(validation, options, run, context);
		}
		finally {
			writing = null;
		}
	}

	private void writeRecords(Validation validation, ImportOptions options, ImportRun run, Context context)
			throws IOException {
		for (int phase = 0; phase < phases(); phase++) {
			try (var reader = RecordReader.open(validation.path(), validation.name(), format(), requiredColumns())) {
				var batch = new ArrayList<RowPlan>(Math.min(options.batchSize(), 10_000));
				var rowErrors = new ArrayList<RowError>();
				InputRecord record;
				while ((record = reader.next(rowErrors)) != null) {
					if (validation.rejected(record.line())) {
						rowErrors.clear();
						continue;
					}
					var plan = rowErrors.isEmpty()
							? map(record, phase, new Fields(validation.name(), record.line(), rowErrors)) : null;
					if (!rowErrors.isEmpty()) {
						throw new IllegalStateException(
								validation.name() + " changed while it was imported: " + rowErrors.get(0));
					}
					if (plan != null) {
						batch.add(plan);
						if (batch.size() >= options.batchSize()) {
							writeBatch(run, batch, context);
							batch = new ArrayList<>(Math.min(options.batchSize(), 10_000));
						}
					}
				}
				if (!batch.isEmpty()) {
					writeBatch(run, batch, context);
				}
			}
		}
	}

	/** What every batch of one file shares. */
	record Context(String file, String importId, String version, String fileSourceId, String fileSourceTitle,
			String fileSourceUrl) {
	}

	private static final List<String> EVIDENCE = EvidenceProperty.keys();

	/**
	 * Writes one batch in one transaction and counts its rows as created, updated or
	 * unchanged once it has committed. Entities and sources that exist are used as they
	 * are; new ones are created with this import as their origin. An existing
	 * relationship keeps its evidence where the row gives none and gains the row's
	 * sources; a row that would change nothing writes nothing.
	 */
	private void writeBatch(ImportRun run, List<RowPlan> plans, Context context) {
		long[] counts = run.graph().write(tx -> {
			var result = Resolver.resolve(tx, context.file(), plans, this::declared);
			if (!result.errors().isEmpty()) {
				throw new IllegalStateException("the graph changed since validation: " + result.errors().get(0));
			}
			report(result);
			var status = new IdentityHashMap<RowPlan, Integer>();
			var newSources = new HashSet<String>();
			var sourceIds = writeSources(tx, plans, context, newSources);
			// a row that only describes a source (a FollowTheMoney Document) created
			// something when its Source is new
			for (var plan : plans) {
				if (plan.links().isEmpty() && plan.entities().isEmpty()
						&& plan.sources()
							.stream()
							.anyMatch(ref -> ref.url() != null
									&& newSources.contains(sourceIds.get(Names.normalizeUrl(ref.url()))))) {
					mark(status, plan, CREATED);
				}
			}
			writeEntities(tx, plans, result.entities(), context, status);
			writeNodes(tx, plans, context, status);
			writeLinks(tx, plans, result.entities(), sourceIds, context, status);
			long[] c = new long[3];
			for (var plan : plans) {
				c[status.getOrDefault(plan, UNCHANGED)]++;
			}
			return c;
		});
		run.created(counts[CREATED]);
		run.updated(counts[UPDATED]);
		run.unchanged(counts[UNCHANGED]);
		run.progress().advance(plans.size());
	}

	private static final int CREATED = 0;

	private static final int UPDATED = 1;

	private static final int UNCHANGED = 2;

	private static void mark(Map<RowPlan, Integer> status, RowPlan plan, int value) {
		status.merge(plan, value, Math::min);
	}

	private Map<String, String> writeSources(GraphTransport.Statements tx, List<RowPlan> plans, Context context,
			Set<String> newSources) {
		var refs = new LinkedHashMap<String, RowPlan.SourceRef>();
		for (var plan : plans) {
			for (var source : plan.sources()) {
				if (source.url() != null) {
					var key = Names.normalizeUrl(source.url());
					refs.putIfAbsent(key, source);
				}
			}
		}
		var ids = new HashMap<String, String>();
		if (refs.isEmpty()) {
			return ids;
		}
		var urls = new HashSet<String>();
		refs.forEach((key, ref) -> {
			urls.add(ref.url());
			urls.add(key);
		});
		var derived = new ArrayList<String>();
		refs.forEach((key, ref) -> derived.add(ref.id() != null ? ref.id() : Names.sourceId(key)));
		tx.run("""
				MATCH (s:Source) WHERE s.id IN $ids OR s.url IN $urls
				RETURN s.id AS id, s.url AS url
				ORDER BY s.id
				""", Map.of("ids", derived, "urls", List.copyOf(urls))).rows().forEach(r -> {
			var id = (String) r.get("id");
			if (r.get("url") instanceof String url) {
				try {
					ids.putIfAbsent(Names.normalizeUrl(url), id);
				}
				catch (IllegalArgumentException ex) {
					// a curated source with an unparseable URL cannot match one
				}
			}
		});
		var created = new ArrayList<NodeRecord>();
		refs.forEach((key, ref) -> {
			if (!ids.containsKey(key)) {
				var id = ref.id() != null ? ref.id() : Names.sourceId(ref.url());
				newSources.add(id);
				ids.put(key, id);
				var properties = new HashMap<String, Object>();
				properties.put("kind", ref.kind().label());
				properties.put("title", ref.title() == null ? ref.url() : ref.title());
				properties.put("url", ref.url());
				properties.put("imports", List.of(context.importId()));
				if (ref.publisher() != null) {
					properties.put("publisher", ref.publisher());
				}
				if (ref.published() != null) {
					ref.published().putInto(properties, "published");
				}
				if (ref.retrieved() != null) {
					ref.retrieved().putInto(properties, "retrieved");
				}
				// a new Source alone does not make a row "created": its fact does
				created.add(new NodeRecord(id, NodeType.SOURCE, ref.title() == null ? ref.url() : ref.title(),
						List.of(), properties));
			}
		});
		if (!created.isEmpty()) {
			GraphWriter.upsertNodes(tx, created, context.importId(), context.version());
		}
		return ids;
	}

	/**
	 * Creates the entities the batch creates. An existing entity matched by name to
	 * another tool's entity gains that tool's id in {@code externalIds} (and this import
	 * in {@code imports}); nothing else of it changes.
	 */
	private void writeEntities(GraphTransport.Statements tx, List<RowPlan> plans,
			Map<RowPlan, Map<String, Resolver.Resolved>> entities, Context context, Map<RowPlan, Integer> status) {
		var created = new LinkedHashMap<String, NodeRecord>();
		var attached = new ArrayList<Map<String, Object>>();
		var attaching = new HashMap<String, RowPlan>();
		for (var plan : plans) {
			var resolved = entities.get(plan);
			for (var ref : plan.entities()) {
				var r = resolved.get(ref.key());
				if (r.create() && !created.containsKey(r.id())) {
					var properties = new HashMap<String, Object>(ref.properties());
					properties.put("imports", List.of(context.importId()));
					created.put(r.id(), new NodeRecord(r.id(), r.type(), ref.name(), ref.aliases(), properties));
					mark(status, plan, CREATED);
				}
				else if (r.externalId() != null && attaching.putIfAbsent(r.externalId(), plan) == null) {
					attached.add(Map.of("id", r.id(), "externalId", r.externalId()));
				}
			}
		}
		if (!created.isEmpty()) {
			GraphWriter.upsertNodes(tx, created.values(), context.importId(), context.version());
		}
		if (!attached.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					MATCH (n:Entity {id: row.id})
					WHERE NOT row.externalId IN coalesce(n.externalIds, [])
					SET n.externalIds = coalesce(n.externalIds, []) + row.externalId,
					    n.imports = CASE WHEN $importId IN coalesce(n.imports, []) THEN n.imports ELSE coalesce(n.imports, []) + $importId END
					RETURN row.externalId AS externalId
					""",
					Map.of("rows", attached, "importId", context.importId()))
				.rows()
				.forEach(r -> mark(status, attaching.get((String) r.get("externalId")), UPDATED));
		}
	}

	/**
	 * Nodes a row writes whole (a flow observation): created, or updated when a value
	 * differs.
	 */
	private void writeNodes(GraphTransport.Statements tx, List<RowPlan> plans, Context context,
			Map<RowPlan, Integer> status) {
		var nodes = new LinkedHashMap<String, NodeRecord>();
		var owner = new HashMap<String, RowPlan>();
		for (var plan : plans) {
			for (var node : plan.nodes()) {
				nodes.put(node.id(), node);
				owner.put(node.id(), plan);
			}
		}
		if (nodes.isEmpty()) {
			return;
		}
		var existing = new HashMap<String, Map<String, Object>>();
		tx.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties",
				Map.of("ids", List.copyOf(nodes.keySet())))
			.rows()
			.forEach(r -> existing.put((String) r.get("id"), properties(r)));
		var changed = new ArrayList<NodeRecord>();
		nodes.forEach((id, node) -> {
			var before = existing.get(id);
			if (before == null) {
				changed.add(withImport(node, List.of(), context));
				mark(status, owner.get(id), CREATED);
			}
			else if (!Objects.equals(before.get("name"), node.name()) || node.properties()
				.entrySet()
				.stream()
				.anyMatch(e -> !EvidenceMerge.sameValue(before.get(e.getKey()), e.getValue()))) {
				@SuppressWarnings("unchecked")
				var imports = (List<Object>) before.getOrDefault("imports", List.of());
				changed.add(withImport(node, imports, context));
				mark(status, owner.get(id), UPDATED);
			}
		});
		if (!changed.isEmpty()) {
			GraphWriter.upsertNodes(tx, changed, context.importId(), context.version());
		}
	}

	private static NodeRecord withImport(NodeRecord node, List<Object> imports, Context context) {
		var properties = new HashMap<String, Object>(node.properties());
		var list = new ArrayList<Object>(imports);
		if (!list.contains(context.importId())) {
			list.add(context.importId());
		}
		properties.put("imports", list);
		return new NodeRecord(node.id(), node.type(), node.name(), node.aliases(), properties);
	}

	private record RelKey(String from, String type, String to) {
	}

	private void writeLinks(GraphTransport.Statements tx, List<RowPlan> plans,
			Map<RowPlan, Map<String, Resolver.Resolved>> entities, Map<String, String> sourceIds, Context context,
			Map<RowPlan, Integer> status) {
		var keys = new LinkedHashMap<RelKey, List<Object>>();
		for (var plan : plans) {
			var resolved = entities.get(plan);
			for (var link : plan.linksToWrite(resolved)) {
				keys.putIfAbsent(key(link, resolved, sourceIds), new ArrayList<>());
			}
		}
		if (keys.isEmpty()) {
			return;
		}
		var params = new ArrayList<Map<String, Object>>();
		keys.keySet().forEach(k -> params.add(Map.of("from", k.from(), "type", k.type(), "to", k.to())));
		var current = new HashMap<RelKey, Map<String, Object>>();
		var origins = new HashMap<RelKey, List<String>>();
		tx.run("""
				UNWIND $keys AS k
				MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to}) WHERE type(r) = k.type
				RETURN k.from AS from, k.type AS type, k.to AS to, properties(r) AS properties
				""", Map.of("keys", params)).rows().forEach(r -> {
			var key = new RelKey((String) r.get("from"), (String) r.get("type"), (String) r.get("to"));
			var properties = properties(r);
			current.put(key, EvidenceMerge.of(properties));
			if (properties.get("origin") instanceof String origin) {
				origins.put(key, List.of(origin, String.valueOf(properties.getOrDefault("originVersion", ""))));
			}
		});
		var changed = new LinkedHashMap<RelKey, EvidenceMerge.Merged>();
		boolean citesFile = false;
		for (var plan : plans) {
			var resolved = entities.get(plan);
			for (var link : plan.linksToWrite(resolved)) {
				var key = key(link, resolved, sourceIds);
				var before = current.get(key);
				var merged = EvidenceMerge.merge(before, link, url -> sourceIds.get(Names.normalizeUrl(url)),
						context.fileSourceId(), plan.defaultConfidence(link));
				citesFile |= merged.citesFile();
				var after = merged.properties();
				if (before == null) {
					mark(status, plan, CREATED);
				}
				else if (!EvidenceMerge.same(before, after)) {
					mark(status, plan, UPDATED);
				}
				else {
					continue;
				}
				current.put(key, after);
				changed.put(key, merged);
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		if (citesFile) {
			var properties = new HashMap<String, Object>();
			properties.put("kind", SourceKind.DATASET.label());
			properties.put("title", context.fileSourceTitle());
			properties.put("imports", List.of(context.importId()));
			if (context.fileSourceUrl() != null) {
				properties.put("url", context.fileSourceUrl());
			}
			GraphWriter.upsertNodes(tx, List.of(new NodeRecord(context.fileSourceId(), NodeType.SOURCE,
					context.fileSourceTitle(), List.of(), properties)), context.importId(), context.version());
		}
		// A relationship keeps the origin that created it (curated data stays curated,
		// and the curated loader still
		// manages it); the imports that added to it are listed in its "imports".
		var byOrigin = new LinkedHashMap<List<String>, List<RelationshipRecord>>();
		changed.forEach((key, merged) -> {
			var origin = origins.getOrDefault(key, List.of(context.importId(), context.version()));
			byOrigin.computeIfAbsent(origin, o -> new ArrayList<>())
				.add(new RelationshipRecord(key.from(), org.ironriver.model.RelationType.valueOf(key.type()), key.to(),
						merged.evidence(), merged.attributes()));
		});
		byOrigin
			.forEach((origin, records) -> GraphWriter.upsertRelationships(tx, records, origin.get(0), origin.get(1)));
		var written = new ArrayList<Map<String, Object>>();
		changed.keySet().forEach(k -> written.add(Map.of("from", k.from(), "type", k.type(), "to", k.to())));
		tx.run("""
				UNWIND $keys AS k
				MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to}) WHERE type(r) = k.type
				SET r.imports = CASE WHEN $importId IN coalesce(r.imports, []) THEN r.imports ELSE coalesce(r.imports, []) + $importId END
				""",
				Map.of("keys", written, "importId", context.importId()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		return (Map<String, Object>) row.get("properties");
	}

	private static RelKey key(RowPlan.Link link, Map<String, Resolver.Resolved> resolved,
			Map<String, String> sourceIds) {
		return new RelKey(end(link.from(), resolved, sourceIds), link.type().name(),
				end(link.to(), resolved, sourceIds));
	}

	/**
	 * The id of a link's end: an entity the row names, a node it writes, or its source.
	 */
	private static String end(String key, Map<String, Resolver.Resolved> resolved, Map<String, String> sourceIds) {
		var entity = resolved.get(key);
		if (entity != null) {
			return entity.id();
		}
		var url = RowPlan.sourceUrl(key);
		return url != null ? sourceIds.get(Names.normalizeUrl(url)) : key;
	}

}
