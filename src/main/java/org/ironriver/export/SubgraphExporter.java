package org.ironriver.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ironriver.evidence.EvidenceProperty;
import org.ironriver.evidence.EvidenceView;
import org.ironriver.evidence.NodeView;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Subgraph} as JSON, as neo4j-admin import CSVs (a zip of nodes.csv and
 * relationships.csv), as GraphML (Gephi, yEd) or as a Cypher script that recreates it
 * with MERGE on business ids. Sources become {@code Entity:Source} nodes in the CSV and
 * Cypher exports, so those are complete without the rest of the graph.
 */
public final class SubgraphExporter {

	static final List<String> RELATIONSHIP_COLUMNS = Stream
		.of(Stream.of(":START_ID", ":END_ID", ":TYPE"),
				Arrays.stream(EvidenceProperty.values())
					.map(p -> p.type().equals("string") ? p.key() : p.key() + ":" + p.type()),
				Stream.of(EvidenceProperty.ORIGIN))
		.flatMap(s -> s)
		.toList();

	private SubgraphExporter() {
	}

	/** Writes a GraphML list value as its JSON array. */
	private static final JsonMapper GRAPHML_LISTS = JsonMapper.builder().build();

	public static byte[] json(Subgraph subgraph, JsonMapper json) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(subgraph);
	}

	/**
	 * Nodes (entities and sources) with their labels, properties and provenance
	 * ({@code origin}, {@code originVersion}), as plain property maps; a source that is
	 * also one of the nodes (a claim's) is that node's row.
	 */
	static List<Map<String, Object>> nodeRows(Subgraph subgraph) {
		var rows = new ArrayList<Map<String, Object>>();
		var ids = new HashSet<String>();
		for (var n : subgraph.nodes()) {
			var row = new LinkedHashMap<String, Object>();
			row.put("id", n.id());
			row.put("name", n.name());
			row.put("labels", labels(n));
			row.putAll(n.properties());
			putIfNotNull(row, EvidenceProperty.ORIGIN, n.origin());
			putIfNotNull(row, EvidenceProperty.ORIGIN_VERSION, n.originVersion());
			rows.add(row);
			ids.add(n.id());
		}
		for (var s : subgraph.sources()) {
			if (!ids.add(s.id())) {
				continue;
			}
			var row = new LinkedHashMap<String, Object>();
			row.put("id", s.id());
			row.put("name", s.title());
			row.put("labels", List.of(NodeType.ENTITY_LABEL, NodeType.SOURCE.label()));
			putIfNotNull(row, "kind", s.kind());
			putIfNotNull(row, "title", s.title());
			putIfNotNull(row, "publisher", s.publisher());
			putIfNotNull(row, "url", s.url());
			putIfNotNull(row, "published", s.published());
			putIfNotNull(row, "publishedText", s.publishedText());
			putIfNotNull(row, "retrieved", s.retrieved());
			putIfNotNull(row, "retrievedText", s.retrievedText());
			putIfNotNull(row, EvidenceProperty.ORIGIN, s.origin());
			putIfNotNull(row, EvidenceProperty.ORIGIN_VERSION, s.originVersion());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * Only the model's labels (and Entity) are exported, so a script can never carry a
	 * label from elsewhere.
	 */
	private static List<String> labels(NodeView n) {
		var labels = new ArrayList<String>();
		labels.add(NodeType.ENTITY_LABEL);
		n.labels().stream().filter(l -> NodeType.fromLabel(l).isPresent()).forEach(labels::add);
		return labels;
	}

	/** The node's file in the CSV export: its model type (the label after Entity). */
	private static String nodeType(Map<String, Object> row) {
		var labels = (List<?>) row.get("labels");
		return labels.size() > 1 ? (String) labels.get(1) : NodeType.ENTITY_LABEL;
	}

	/** The notes in the CSV zip: the command that loads it, with every flag it needs. */
	static final String IMPORT_NOTES = "README.txt";

	/** Between list elements when none contains it: neo4j-admin's default. */
	private static final List<Character> ARRAY_DELIMITERS = List.of(';', '|', '\u001F');

	/**
	 * A zip of one {@code nodes-<Type>.csv} per node type (so a property is typed in its
	 * type's header: a flow's {@code value:double} beside a claim's textual
	 * {@code value}), {@code relationships.csv} and {@link #IMPORT_NOTES}, the
	 * {@code neo4j-admin database import full} command that loads them.
	 */
	public static byte[] csvZip(Subgraph subgraph) {
		var files = csvFiles(subgraph);
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The CSV export's files by name, in the order the notes list them. */
	static Map<String, String> csvFiles(Subgraph subgraph) {
		var rows = nodeRows(subgraph);
		char delimiter = arrayDelimiter(rows, subgraph);
		var byType = new TreeMap<String, List<Map<String, Object>>>();
		rows.forEach(row -> byType.computeIfAbsent(nodeType(row), t -> new ArrayList<>()).add(row));
		var files = new LinkedHashMap<String, String>();
		byType.forEach((type, typeRows) -> files.put("nodes-" + type + ".csv", nodesCsv(typeRows, delimiter)));
		files.put("relationships.csv", relationshipsCsv(subgraph, delimiter));
		files.put(IMPORT_NOTES, importNotes(files.keySet(), delimiter));
		return files;
	}

	/**
	 * The first of {@link #ARRAY_DELIMITERS} that no list element (aliases, labels,
	 * sources...) contains, so every element comes back whole.
	 */
	static char arrayDelimiter(List<Map<String, Object>> rows, Subgraph subgraph) {
		var elements = new ArrayList<String>();
		rows.forEach(row -> row.values().forEach(v -> {
			if (v instanceof List<?> list) {
				list.forEach(e -> elements.add(String.valueOf(e)));
			}
		}));
		subgraph.relationships().forEach(r -> r.evidence().sources().forEach(s -> elements.add(s.id())));
		return ARRAY_DELIMITERS.stream()
			.filter(d -> elements.stream().noneMatch(e -> e.indexOf(d) >= 0))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("every array delimiter occurs in a list element"));
	}

	/**
	 * What the notes say: the command (with the flags this export needs: the array
	 * delimiter it chose, and multi-line fields since a quote may span lines) and why.
	 */
	static String importNotes(Collection<String> files, char delimiter) {
		var command = new StringBuilder("neo4j-admin database import full");
		files.stream().filter(f -> f.startsWith("nodes-")).forEach(f -> command.append(" --nodes=").append(f));
		command.append(" --relationships=relationships.csv");
		command.append(" --array-delimiter=").append(String.format("U+%04X", (int) delimiter));
		command.append(" --multiline-fields=true");
		command.append(" <database>");
		return "Load these files into a new database with Neo4j 5's import tool, from this directory:\n\n  " + command
				+ "\n\n--array-delimiter: list elements (:LABEL, aliases, sources...) are separated by '"
				+ (delimiter < ' ' ? String.format("U+%04X", (int) delimiter) : String.valueOf(delimiter))
				+ "', which no element of this export contains.\n"
				+ "--multiline-fields=true: a quote or caveat may span lines (the tool refuses it otherwise).\n"
				+ "Each column's type is in its header (value:double, validFrom:date, aliases:string[]); a "
				+ "month or year a source gives stays in the ...Text column beside its date (published 2022-10-01, "
				+ "publishedText 2022-10). origin and originVersion say what wrote each node and relationship.\n";
	}

	/**
	 * {@code id:ID,:LABEL,name,...} with each property column typed ({@code :long},
	 * {@code :double}, {@code :date}, {@code :string[]}...).
	 */
	static String nodesCsv(List<Map<String, Object>> rows, char delimiter) {
		var types = columnTypes(rows, Set.of("id", "name", "labels"));
		var header = new ArrayList<String>(List.of("id:ID", ":LABEL", "name"));
		types.forEach((key, type) -> header.add(type.equals("string") ? key : key + ":" + type));
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(header);
			for (var row : rows) {
				var values = new ArrayList<Object>();
				values.add(row.get("id"));
				values.add(csvValue(row.get("labels"), delimiter));
				values.add(row.get("name"));
				types.keySet().forEach(key -> values.add(csvValue(row.get(key), delimiter)));
				csv.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Each property's type over these rows (neo4j-admin's header terms), widened where
	 * rows disagree: whole and decimal numbers are {@code double}, anything else text.
	 */
	static Map<String, String> columnTypes(List<Map<String, Object>> rows, Set<String> skipped) {
		var types = new TreeMap<String, String>();
		for (var row : rows) {
			row.forEach((key, value) -> {
				if (!skipped.contains(key) && value != null) {
					types.merge(key, csvType(value), SubgraphExporter::widen);
				}
			});
		}
		return types;
	}

	private static String widen(String a, String b) {
		if (a.equals(b)) {
			return a;
		}
		var numbers = Set.of("long", "double");
		if (numbers.contains(a) && numbers.contains(b)) {
			return "double";
		}
		if (a.endsWith("[]") && b.endsWith("[]")) {
			return numbers.contains(a.replace("[]", "")) && numbers.contains(b.replace("[]", "")) ? "double[]"
					: "string[]";
		}
		return "string";
	}

	static String relationshipsCsv(Subgraph subgraph, char delimiter) {
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(RELATIONSHIP_COLUMNS);
			for (var r : subgraph.relationships()) {
				var e = r.evidence();
				var row = new ArrayList<Object>(List.of(r.from(), r.to(), r.type()));
				for (var property : EvidenceProperty.values()) {
					row.add(csvValue(e.value(property), delimiter));
				}
				row.add(e.origin());
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String csvType(Object value) {
		if (value instanceof Long || value instanceof Integer) {
			return "long";
		}
		if (value instanceof Double || value instanceof Float) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof LocalDate) {
			return "date";
		}
		if (value instanceof List<?> list) {
			var elementTypes = list.stream().map(SubgraphExporter::csvType).distinct().toList();
			return elementTypes.size() == 1 && Set.of("long", "double", "boolean").contains(elementTypes.get(0))
					? elementTypes.get(0) + "[]" : "string[]";
		}
		return "string";
	}

	private static Object csvValue(Object value, char delimiter) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(String.valueOf(delimiter)));
		}
		return value == null ? null : value.toString();
	}

	/**
	 * GraphML with a typed key per property. GraphML has no list type: a list is written
	 * as a JSON array with {@code attr.list} naming its element type, the extension
	 * Neo4j's APOC reads and writes ({@code apoc.import.graphml}), so an element holding
	 * "; " or a comma stays one element. Tools that do not know the extension (Gephi,
	 * yEd) show the JSON text. Dates are text, as written.
	 */
	public static byte[] graphml(Subgraph subgraph) {
		var rows = nodeRows(subgraph);
		var nodeKeys = new TreeMap<String, String>();
		columnTypes(rows, Set.of("id")).forEach((key, type) -> nodeKeys.put(key, type));
		var edgeKeys = new LinkedHashMap<String, String>();
		edgeKeys.put("type", "string");
		for (var property : EvidenceProperty.values()) {
			edgeKeys.put(property.key(), property.type());
		}
		edgeKeys.put(EvidenceProperty.ORIGIN, "string");
		var out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			for (var key : nodeKeys.entrySet()) {
				writeKey(xml, "n_" + key.getKey(), "node", key.getKey(), key.getValue());
			}
			for (var key : edgeKeys.entrySet()) {
				writeKey(xml, "e_" + key.getKey(), "edge", key.getKey(), key.getValue());
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "ironriver");
			xml.writeAttribute("edgedefault", "directed");
			for (var row : rows) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", (String) row.get("id"));
				for (var key : nodeKeys.keySet()) {
					writeData(xml, "n_" + key, row.get(key));
				}
				xml.writeEndElement();
			}
			int i = 0;
			for (var r : subgraph.relationships()) {
				var e = r.evidence();
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + i++);
				xml.writeAttribute("source", r.from());
				xml.writeAttribute("target", r.to());
				writeData(xml, "e_type", r.type());
				for (var property : EvidenceProperty.values()) {
					writeData(xml, "e_" + property.key(), e.value(property));
				}
				writeData(xml, "e_" + EvidenceProperty.ORIGIN, e.origin());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write GraphML", ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * GraphML's name for a column type (neo4j-admin's terms, {@code string[]} for a
	 * list).
	 */
	private static String graphmlType(String csvType) {
		return switch (csvType.replace("[]", "")) {
			case "long" -> "long";
			case "double" -> "double";
			case "boolean" -> "boolean";
			default -> "string";
		};
	}

	private static void writeKey(XMLStreamWriter xml, String id, String target, String name, String csvType)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", graphmlType(csvType));
		if (csvType.endsWith("[]")) {
			xml.writeAttribute("attr.list", graphmlType(csvType));
		}
	}

	private static void writeData(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value instanceof List<?> list ? GRAPHML_LISTS.writeValueAsString(
				list.stream().map(v -> v instanceof Number || v instanceof Boolean ? v : String.valueOf(v)).toList())
				: value.toString());
		xml.writeEndElement();
	}

	/**
	 * One statement per node and relationship, each ending with {@code ;}: MERGE on the
	 * business id, then SET of the labels (only the model's) and properties as literals.
	 * Relationship types are re-checked against the model.
	 */
	public static byte[] cypher(Subgraph subgraph, String header) {
		var out = new StringBuilder();
		header.lines().forEach(line -> out.append("// ").append(line).append('\n'));
		for (var row : nodeRows(subgraph)) {
			var properties = new LinkedHashMap<String, Object>(row);
			properties.remove("id");
			var labels = (List<String>) properties.remove("labels");
			out.append("MERGE (n:Entity {id: ").append(literal(row.get("id"))).append("})");
			var extra = labels.stream().filter(l -> !l.equals(NodeType.ENTITY_LABEL)).toList();
			if (!extra.isEmpty()) {
				out.append(" SET n:").append(String.join(":", extra));
			}
			out.append(" SET n += ").append(literal(properties)).append(";\n");
		}
		for (var r : subgraph.relationships()) {
			var type = RelationType.parse(r.type())
				.orElseThrow(() -> new IllegalStateException("relationship type " + r.type() + " is not in the model"));
			out.append("MATCH (a:Entity {id: ")
				.append(literal(r.from()))
				.append("}), (b:Entity {id: ")
				.append(literal(r.to()))
				.append("}) MERGE (a)-[r:")
				.append(type.name())
				.append("]->(b) SET r += ")
				.append(literal(evidenceProperties(r.evidence())))
				.append(";\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> evidenceProperties(EvidenceView e) {
		var properties = new LinkedHashMap<String, Object>();
		for (var property : EvidenceProperty.values()) {
			putIfNotNull(properties, property.key(), e.value(property));
		}
		putIfNotNull(properties, EvidenceProperty.ORIGIN, e.origin());
		return properties;
	}

	/**
	 * A Cypher literal: strings quoted and escaped, dates as date('...'), lists and maps
	 * recursively.
	 */
	public static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String s) {
			var escaped = new StringBuilder("'");
			for (char c : s.toCharArray()) {
				switch (c) {
					case '\\' -> escaped.append("\\\\");
					case '\'' -> escaped.append("\\'");
					case '\n' -> escaped.append("\\n");
					case '\r' -> escaped.append("\\r");
					case '\t' -> escaped.append("\\t");
					default -> escaped.append(c);
				}
			}
			return escaped.append('\'').toString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof LocalDate d) {
			return "date('" + d + "')";
		}
		if (value instanceof TemporalAccessor t) {
			return "datetime('" + t + "')";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SubgraphExporter::literal).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.filter(e -> e.getValue() != null)
				.map(e -> "`" + e.getKey().toString().replace("`", "``") + "`: " + literal(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return literal(value.toString());
	}

	private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
