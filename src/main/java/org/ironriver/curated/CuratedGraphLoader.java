package org.ironriver.curated;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.lang3.StringUtils;
import org.ironriver.audit.AuditEvent;
import org.ironriver.audit.AuditLog;
import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.Evidence;
import org.ironriver.evidence.PartialDate;
import org.ironriver.graph.GraphWriter;
import org.ironriver.graph.NodeRecord;
import org.ironriver.graph.RelationshipRecord;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the curated iron-river graph from {@code cypher/data} (sources.csv,
 * entities.jsonl, relationships.csv).
 *
 * <p>
 * All three files are validated before anything is written; every error names its file,
 * line and reason. The load is one transaction and is keyed by the files' checksum: an
 * unchanged dataset is not touched at all, a changed one updates the graph and removes
 * the curated nodes and relationships that are no longer in it.
 */
@Component
public class CuratedGraphLoader {

	private static final Logger log = LoggerFactory.getLogger(CuratedGraphLoader.class);

	public static final String ORIGIN = "curated";

	private static final List<String> SOURCE_HEADER = List.of("id", "kind", "title", "publisher", "url", "published",
			"retrieved");

	private static final List<String> RELATIONSHIP_HEADER = List.of("from", "type", "to", "sources", "quote", "locator",
			"valid_from", "valid_to", "asserted_on", "confidence");

	/**
	 * Entity properties holding dates: stored as Neo4j dates so timelines order and
	 * compare them.
	 */
	static final Set<String> DATE_PROPERTIES = Set.of("date", "filed", "enacted", "announced", "launched", "founded",
			"periodStart", "periodEnd", "published", "retrieved", "adopted", "decided");

	private static final String REMOVE_STALE = """
			MATCH ()-[r]->() WHERE r.origin = $origin AND r.originVersion <> $version DELETE r
			WITH count(*) AS ignored
			MATCH (n:Entity) WHERE n.origin = $origin AND n.originVersion <> $version
			DETACH DELETE n
			""";

	private final Neo4jSessions sessions;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final String location;

	private final String origin;

	@Autowired
	CuratedGraphLoader(Neo4jSessions sessions, ResourceLoader resources,
			@Value("${ironriver.curated.location:classpath:cypher/data/}") String location) {
		this(sessions, resources, location, ORIGIN);
	}

	/**
	 * A loader for another dataset kept apart from the curated graph by its origin (used
	 * by the tests).
	 */
	CuratedGraphLoader(Neo4jSessions sessions, ResourceLoader resources, String location, String origin) {
		this.sessions = sessions;
		this.resources = resources;
		this.json = JsonMapper.builder().build();
		this.location = location.endsWith("/") ? location : location + "/";
		this.origin = origin;
	}

	/** The parsed, validated dataset. */
	/**
	 * How the files become the graph, part of the checksum: a store loaded by an earlier
	 * version (relationship dates without their written text) is loaded again once.
	 */
	private static final String WRITTEN_AS = "relationship dates as written";

	public record Dataset(String checksum, List<NodeRecord> sources, List<NodeRecord> entities,
			List<RelationshipRecord> relationships) {
	}

	/** The three files as read, before any parsing. */
	private record Files(String sources, String entities, String relationships) {
	}

	/**
	 * Loads the curated graph if it changed; returns true when the graph was written. An
	 * unchanged dataset is recognised by its files' checksum alone, before parsing: it
	 * was validated when it was loaded.
	 */
	public boolean load() {
		var files = files();
		var checksum = checksum(files);
		var current = sessions.read(tx -> tx.run(
				"MATCH (d:Dataset {id: $id}) RETURN d.checksum AS checksum, d.entities AS entities, d.relationships AS relationships",
				Map.of("id", origin))
			.list());
		if (!current.isEmpty() && checksum.equals(current.get(0).get("checksum").asString(null))) {
			log.info("Curated graph unchanged ({} entities, {} relationships)",
					current.get(0).get("entities").asLong(0), current.get(0).get("relationships").asLong(0));
			return false;
		}
		var dataset = read(files);
		sessions.transport().write(tx -> {
			GraphWriter.upsertNodes(tx, dataset.sources(), origin, dataset.checksum());
			GraphWriter.upsertNodes(tx, dataset.entities(), origin, dataset.checksum());
			GraphWriter.upsertRelationships(tx, dataset.relationships(), origin, dataset.checksum());
			tx.run(REMOVE_STALE, Map.of("origin", origin, "version", dataset.checksum()));
			// The application's own write is audited like any other, in the same
			// transaction.
			AuditLog.writeIn(tx, AuditEvent.curatedLoad(dataset.checksum(), dataset.sources().size(),
					dataset.entities().size(), dataset.relationships().size()));
			tx.run("MERGE (d:Dataset {id: $id}) SET d.checksum = $checksum, d.loadedAt = datetime(), "
					+ "d.entities = $entities, d.relationships = $relationships, d.sources = $sources",
					Map.of("id", origin, "checksum", dataset.checksum(), "entities", dataset.entities().size(),
							"relationships", dataset.relationships().size(), "sources", dataset.sources().size()));
			return null;
		});
		log.info("Curated graph loaded: {} sources, {} entities, {} relationships", dataset.sources().size(),
				dataset.entities().size(), dataset.relationships().size());
		return true;
	}

	/**
	 * Whether the graph holds this dataset already, by its checksum, read from the
	 * embedded database's own API (as {@code SchemaMigrations.isCurrent}: no Bolt, no
	 * query to compile at start-up).
	 */
	public boolean isCurrent(EmbeddedNeo4j database) {
		var checksum = checksum(files());
		return database.nodes("Dataset", "id", "checksum")
			.stream()
			.anyMatch(dataset -> origin.equals(dataset.get("id")) && checksum.equals(dataset.get("checksum")));
	}

	/**
	 * Reads and validates the three files; throws {@link CuratedDataException} listing
	 * every error.
	 */
	public Dataset read() {
		return read(files());
	}

	private Files files() {
		return new Files(text("sources.csv"), text("entities.jsonl"), text("relationships.csv"));
	}

	private Dataset read(Files files) {
		var sourcesText = files.sources();
		var entitiesText = files.entities();
		var relationshipsText = files.relationships();
		var errors = new ArrayList<String>();
		var sources = parseSources(sourcesText, errors);
		var entities = parseEntities(entitiesText, errors);
		var types = new HashMap<String, NodeType>();
		sources.forEach(s -> types.put(s.id(), NodeType.SOURCE));
		for (var entity : entities) {
			if (types.putIfAbsent(entity.id(), entity.type()) != null) {
				errors.add("entities.jsonl: id " + entity.id() + " is used twice");
			}
		}
		var kinds = new HashMap<String, SourceKind>();
		sources.forEach(source -> SourceKind.parse((String) source.properties().get("kind"))
			.ifPresent(kind -> kinds.put(source.id(), kind)));
		var relationships = parseRelationships(relationshipsText, types, kinds, errors);
		if (!errors.isEmpty()) {
			throw new CuratedDataException(errors);
		}
		return new Dataset(checksum(files), sources, entities, relationships);
	}

	private static String checksum(Files files) {
		return DigestUtils.sha256Hex(files.sources() + "\u0000" + files.entities() + "\u0000" + files.relationships()
				+ "\u0000" + WRITTEN_AS);
	}

	private String text(String file) {
		Resource resource = resources.getResource(location + file);
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read curated data file " + location + file, ex);
		}
	}

	private List<NodeRecord> parseSources(String text, List<String> errors) {
		var nodes = new ArrayList<NodeRecord>();
		var seen = new HashSet<String>();
		for (var record : csv(text, "sources.csv", SOURCE_HEADER, errors)) {
			var where = "sources.csv:" + (record.getRecordNumber() + 1) + ": ";
			var id = record.get("id").strip();
			if (!EntityIds.isValid(id)) {
				errors.add(where + "id '" + id + "' is not a valid id");
				continue;
			}
			if (!seen.add(id)) {
				errors.add(where + "source " + id + " is listed twice");
			}
			var kind = SourceKind.parse(record.get("kind"));
			if (kind.isEmpty()) {
				errors.add(where + SourceKind.notAKind(record.get("kind")));
			}
			if (record.get("title").isBlank()) {
				errors.add(where + "a source needs a title");
			}
			var properties = new LinkedHashMap<String, Object>();
			properties.put("kind", kind.map(SourceKind::label).orElse(record.get("kind")));
			properties.put("title", record.get("title"));
			putIfPresent(properties, "publisher", record.get("publisher"));
			putIfPresent(properties, "url", record.get("url"));
			try {
				putDate(properties, "published", record.get("published"));
				putDate(properties, "retrieved", record.get("retrieved"));
			}
			catch (IllegalArgumentException ex) {
				errors.add(where + ex.getMessage());
			}
			nodes.add(new NodeRecord(id, NodeType.SOURCE, record.get("title"), List.of(), properties));
		}
		return nodes;
	}

	private List<NodeRecord> parseEntities(String text, List<String> errors) {
		var nodes = new ArrayList<NodeRecord>();
		var lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			var where = "entities.jsonl:" + (i + 1) + ": ";
			JsonNode node;
			try {
				node = json.readTree(line);
			}
			catch (RuntimeException ex) {
				errors.add(where + "not valid JSON: " + ex.getMessage().lines().findFirst().orElse(""));
				continue;
			}
			if (!node.isObject()) {
				errors.add(where + "each line must be a JSON object");
				continue;
			}
			var id = node.path("id").asString("");
			var typeName = node.path("type").asString("");
			var name = node.path("name").asString("");
			if (!EntityIds.isValid(id)) {
				errors.add(where + "id '" + id + "' is not a valid id");
				continue;
			}
			var type = NodeType.fromLabel(typeName).filter(t -> t != NodeType.SOURCE);
			if (type.isEmpty()) {
				errors.add(where + "type '" + typeName + "' is not one of the model's entity types");
				continue;
			}
			if (name.isBlank()) {
				errors.add(where + "entity " + id + " needs a name");
				continue;
			}
			var aliases = new ArrayList<String>();
			node.path("aliases").forEach(a -> aliases.add(a.asString()));
			var properties = new LinkedHashMap<String, Object>();
			for (var field : node.properties()) {
				var key = field.getKey();
				if (Set.of("id", "type", "name", "aliases").contains(key)) {
					continue;
				}
				if (!key.matches("[a-z][A-Za-z0-9]*")) {
					errors.add(where + "property name '" + key + "' is not camelCase");
					continue;
				}
				try {
					var value = scalar(field.getValue(), key);
					if (DATE_PROPERTIES.contains(key) && value instanceof String s) {
						putDate(properties, key, s);
					}
					else {
						properties.put(key, value);
					}
				}
				catch (IllegalArgumentException ex) {
					errors.add(where + ex.getMessage());
				}
			}
			if (type.get() == NodeType.FLOW_OBSERVATION && !properties.containsKey("caveat")) {
				errors.add(where + "flow observation " + id + " needs a caveat");
			}
			nodes.add(new NodeRecord(id, type.get(), name, aliases, properties));
		}
		return nodes;
	}

	private List<RelationshipRecord> parseRelationships(String text, Map<String, NodeType> types,
			Map<String, SourceKind> kinds, List<String> errors) {
		var relationships = new ArrayList<RelationshipRecord>();
		var seen = new HashSet<String>();
		var today = LocalDate.now();
		for (var record : csv(text, "relationships.csv", RELATIONSHIP_HEADER, errors)) {
			var where = "relationships.csv:" + (record.getRecordNumber() + 1) + ": ";
			var from = record.get("from").strip();
			var to = record.get("to").strip();
			var type = RelationType.parse(record.get("type"));
			if (type.isEmpty()) {
				errors.add(where + "relationship type '" + record.get("type") + "' is not in the model");
				continue;
			}
			var fromType = types.get(from);
			var toType = types.get(to);
			if (fromType == null) {
				errors.add(where + "'" + from + "' is not a known entity or source");
			}
			if (toType == null) {
				errors.add(where + "'" + to + "' is not a known entity or source");
			}
			if (fromType == null || toType == null) {
				continue;
			}
			var refusal = type.get().refusal(fromType, toType);
			if (refusal.isPresent()) {
				errors.add(where + refusal.get());
				continue;
			}
			if (!seen.add(from + "|" + type.get() + "|" + to)) {
				errors.add(where + "duplicate relationship " + from + " " + type.get() + " " + to);
				continue;
			}
			var sourceIds = Arrays.stream(record.get("sources").split(";"))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
			for (var sourceId : sourceIds) {
				if (types.get(sourceId) != NodeType.SOURCE) {
					errors.add(where + "source '" + sourceId + "' is not in sources.csv");
				}
			}
			try {
				var validFrom = PartialDate.parseOptional(record.get("valid_from"));
				var assertedOn = PartialDate.parseOptional(record.get("asserted_on"));
				Evidence.requireNotFuture(validFrom, "valid_from", today);
				Evidence.requireNotFuture(assertedOn, "asserted_on", today);
				// no confidence given: what the strongest kind of source it rests on is
				// worth
				var confidence = record.get("confidence").isBlank()
						? sourceIds.stream()
							.map(kinds::get)
							.filter(Objects::nonNull)
							.mapToDouble(SourceKind::defaultConfidence)
							.max()
							.orElse(SourceKind.UNKNOWN.defaultConfidence())
						: Double.parseDouble(record.get("confidence"));
				var evidence = new Evidence(sourceIds, StringUtils.stripToNull(record.get("quote")),
						StringUtils.stripToNull(record.get("locator")), validFrom,
						PartialDate.parseOptional(record.get("valid_to")), assertedOn, confidence);
				relationships.add(new RelationshipRecord(from, type.get(), to, evidence));
			}
			catch (NumberFormatException ex) {
				errors.add(where + "confidence '" + record.get("confidence") + "' is not a number");
			}
			catch (IllegalArgumentException ex) {
				errors.add(where + ex.getMessage());
			}
		}
		return relationships;
	}

	private static List<CSVRecord> csv(String text, String file, List<String> header, List<String> errors) {
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
			if (!parser.getHeaderNames().equals(header)) {
				errors.add(file + ":1: header must be " + String.join(",", header) + " but is "
						+ String.join(",", parser.getHeaderNames()));
				return List.of();
			}
			var records = new ArrayList<CSVRecord>();
			for (var record : parser) {
				if (record.size() != header.size()) {
					errors.add(file + ":" + (record.getRecordNumber() + 1) + ": " + record.size()
							+ " columns, expected " + header.size());
					continue;
				}
				records.add(record);
			}
			return records;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.add(file + ": not valid CSV: " + ex.getMessage());
			return List.of();
		}
	}

	private static Object scalar(JsonNode value, String key) {
		if (value.isString()) {
			return value.asString();
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isArray()) {
			var list = new ArrayList<String>();
			for (var item : value) {
				if (!item.isString()) {
					throw new IllegalArgumentException("property '" + key + "' must be a list of strings");
				}
				list.add(item.asString());
			}
			return list;
		}
		throw new IllegalArgumentException(
				"property '" + key + "' must be a string, number, boolean or list of strings");
	}

	/**
	 * A partial date keeps its start as the date and its text, so "2023-06" is not shown
	 * as "2023-06-01".
	 */
	private static void putDate(Map<String, Object> properties, String key, String text) {
		var date = PartialDate.parseOptional(text);
		if (date == null) {
			return;
		}
		if (key.equals("periodEnd")) {
			// a period "2014-2018" ends on the last day of 2018, not on its first
			date.putEndInto(properties, key);
		}
		else {
			date.putInto(properties, key);
		}
	}

	private static void putIfPresent(Map<String, Object> properties, String key, String value) {
		if (value != null && !value.isBlank()) {
			properties.put(key, value.strip());
		}
	}

}
