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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	public static byte[] json(Subgraph subgraph, JsonMapper json) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(subgraph);
	}

	/**
	 * Nodes (entities and sources) with their labels and properties, as plain property
	 * maps.
	 */
	static List<Map<String, Object>> nodeRows(Subgraph subgraph) {
		var rows = new ArrayList<Map<String, Object>>();
		for (var n : subgraph.nodes()) {
			var row = new LinkedHashMap<String, Object>();
			row.put("id", n.id());
			row.put("name", n.name());
			row.put("labels", labels(n));
			row.putAll(n.properties());
			rows.add(row);
		}
		for (var s : subgraph.sources()) {
			var row = new LinkedHashMap<String, Object>();
			row.put("id", s.id());
			row.put("name", s.title());
			row.put("labels", List.of(NodeType.ENTITY_LABEL, NodeType.SOURCE.label()));
			putIfNotNull(row, "kind", s.kind());
			putIfNotNull(row, "title", s.title());
			putIfNotNull(row, "publisher", s.publisher());
			putIfNotNull(row, "url", s.url());
			putIfNotNull(row, "published", s.published());
			putIfNotNull(row, "retrieved", s.retrieved());
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

	public static byte[] csvZip(Subgraph subgraph) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			zip.write(nodesCsv(subgraph).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("relationships.csv"));
			zip.write(relationshipsCsv(subgraph).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * {@code id:ID,:LABEL,name,...} with each property column typed ({@code :long},
	 * {@code :date}, {@code :string[]}...).
	 */
	static String nodesCsv(Subgraph subgraph) {
		var rows = nodeRows(subgraph);
		var types = new TreeMap<String, String>();
		for (var row : rows) {
			row.forEach((key, value) -> {
				if (!List.of("id", "name", "labels").contains(key) && value != null) {
					var type = csvType(value);
					types.merge(key, type, (a, b) -> a.equals(b) ? a : "string");
				}
			});
		}
		var header = new ArrayList<String>(List.of("id:ID", ":LABEL", "name"));
		types.forEach((key, type) -> header.add(type.equals("string") ? key : key + ":" + type));
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(header);
			for (var row : rows) {
				var values = new ArrayList<Object>();
				values.add(row.get("id"));
				values.add(String.join(";", (List<String>) row.get("labels")));
				values.add(row.get("name"));
				types.keySet().forEach(key -> values.add(csvValue(row.get(key))));
				csv.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String relationshipsCsv(Subgraph subgraph) {
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(RELATIONSHIP_COLUMNS);
			for (var r : subgraph.relationships()) {
				var e = r.evidence();
				var row = new ArrayList<Object>(List.of(r.from(), r.to(), r.type()));
				for (var property : EvidenceProperty.values()) {
					row.add(csvValue(e.value(property)));
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
		if (value instanceof List<?>) {
			return "string[]";
		}
		return "string";
	}

	private static Object csvValue(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
		}
		return value == null ? null : value.toString();
	}

	public static byte[] graphml(Subgraph subgraph) {
		var rows = nodeRows(subgraph);
		var nodeKeys = new TreeMap<String, String>();
		for (var row : rows) {
			row.forEach((key, value) -> {
				if (!key.equals("id") && value != null) {
					nodeKeys.merge(key, graphmlType(value), (a, b) -> a.equals(b) ? a : "string");
				}
			});
		}
		var edgeKeys = new LinkedHashMap<String, String>();
		edgeKeys.put("type", "string");
		for (var property : EvidenceProperty.values()) {
			// GraphML has no list or date type: sources and dates are written as text
			edgeKeys.put(property.key(), property.type().equals("double") ? "double" : "string");
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

	private static String graphmlType(Object value) {
		return switch (csvType(value)) {
			case "long" -> "long";
			case "double" -> "double";
			case "boolean" -> "boolean";
			default -> "string";
		};
	}

	private static void writeKey(XMLStreamWriter xml, String id, String target, String name, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void writeData(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(String.valueOf(csvValue(value)));
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
	static String literal(Object value) {
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
