package org.ironriver.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official FollowTheMoney model ({@code defaultModel.json} of the npm package
 * {@code @alephdata/followthemoney}, which the build fetches into
 * {@code target/followthemoney}, see the pom) as a validator of FtM JSON Lines: each
 * entity's schema exists and is not abstract, each property belongs to the schema or one
 * it extends, each value fits the property's type (a country from the model's list, an
 * ISO date or a prefix of one, an entity id present in the same file and of the
 * property's range, a topic from the model's list, an http URL, a number...) and its
 * length.
 */
public final class FtmModel {

	public static final Path DEFAULT = Path.of("target", "followthemoney", "package", "dist", "defaultModel.json");

	private static final Pattern DATE = Pattern
		.compile("\\d{4}(-[01]\\d(-[0-3]\\d(T[0-2]\\d(:[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?)?)?)?)?");

	private final JsonNode schemata;

	private final JsonNode types;

	private FtmModel(JsonNode model) {
		this.schemata = model.path("schemata");
		this.types = model.path("types");
		if (!schemata.isObject() || schemata.size() < 50 || !types.path("country").path("values").isObject()) {
			throw new IllegalStateException("not a FollowTheMoney model: no schemata or country list");
		}
	}

	/**
	 * Reads the model; fails (never skips) when the build did not fetch it, so a test
	 * that validates against it cannot pass without it.
	 */
	public static FtmModel load() {
		if (!Files.isRegularFile(DEFAULT)) {
			throw new IllegalStateException(DEFAULT.toAbsolutePath()
					+ " is missing: the build fetches it in generate-test-resources (mvn -o test-compile, or any "
					+ "mvn test, runs that phase)");
		}
		try {
			return new FtmModel(JsonMapper.builder().build().readTree(Files.readString(DEFAULT)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("the FollowTheMoney model " + DEFAULT + " cannot be read", ex);
		}
	}

	/** Whether {@code schema} is {@code ancestor} or extends it. */
	public boolean isA(String schema, String ancestor) {
		if (schema.equals(ancestor)) {
			return true;
		}
		for (var parent : schemata.path(schema).path("extends")) {
			if (isA(parent.asString(), ancestor)) {
				return true;
			}
		}
		return false;
	}

	/** The property of a schema or of one it extends, or null. */
	JsonNode property(String schema, String name) {
		var own = schemata.path(schema).path("properties").path(name);
		if (own.isObject()) {
			return own;
		}
		for (var parent : schemata.path(schema).path("extends")) {
			var inherited = property(parent.asString(), name);
			if (inherited != null) {
				return inherited;
			}
		}
		return null;
	}

	/**
	 * Every problem of the entities, one line each ("line 3 (Person ftm-jane): country
	 * 'MEXICO' is not a country of the model"); empty when all are valid FtM.
	 */
	public List<String> problems(List<String> lines) {
		var json = JsonMapper.builder().build();
		var entities = new ArrayList<JsonNode>();
		var schemaOf = new HashMap<String, String>();
		var problems = new ArrayList<String>();
		for (int i = 0; i < lines.size(); i++) {
			JsonNode entity;
			try {
				entity = json.readTree(lines.get(i));
			}
			catch (RuntimeException ex) {
				problems.add("line " + (i + 1) + ": not JSON: " + ex.getMessage());
				entities.add(null);
				continue;
			}
			entities.add(entity);
			var id = entity.path("id").asString("");
			if (!id.isBlank() && schemaOf.put(id, entity.path("schema").asString("")) != null) {
				problems.add("line " + (i + 1) + ": duplicate id " + id);
			}
		}
		for (int i = 0; i < entities.size(); i++) {
			if (entities.get(i) != null) {
				check(entities.get(i), "line " + (i + 1), schemaOf, problems);
			}
		}
		return problems;
	}

	private void check(JsonNode entity, String where, Map<String, String> schemaOf, List<String> problems) {
		var id = entity.path("id").asString("");
		var schema = entity.path("schema").asString("");
		var at = where + " (" + schema + " " + id + ")";
		if (id.isBlank()) {
			problems.add(at + ": no id");
		}
		var definition = schemata.path(schema);
		if (!definition.isObject()) {
			problems.add(at + ": no schema " + schema + " in the model");
			return;
		}
		if (definition.path("abstract").asBoolean(false)) {
			problems.add(at + ": schema " + schema + " is abstract");
		}
		var properties = entity.path("properties");
		if (!properties.isObject()) {
			problems.add(at + ": properties is not an object");
			return;
		}
		for (var name : properties.propertyNames()) {
			var property = property(schema, name);
			if (property == null) {
				problems.add(at + ": " + schema + " has no property " + name);
				continue;
			}
			var values = properties.path(name);
			if (!values.isArray() || values.isEmpty()) {
				problems.add(at + ": " + name + " is not a non-empty array");
				continue;
			}
			var seen = new HashSet<String>();
			for (var value : values) {
				if (!value.isString()) {
					problems.add(at + ": " + name + " has a value that is not a string: " + value);
					continue;
				}
				if (!seen.add(value.asString())) {
					problems.add(at + ": " + name + " repeats '" + value.asString() + "'");
				}
				var problem = valueProblem(property, value.asString(), schemaOf);
				if (problem != null) {
					problems.add(at + ": " + name + " " + problem);
				}
			}
		}
	}

	/** Why a value does not fit its property, or null when it does. */
	private String valueProblem(JsonNode property, String value, Map<String, String> schemaOf) {
		var type = property.path("type").asString("string");
		int max = property.path("maxLength").asInt(types.path(type).path("maxLength").asInt(Integer.MAX_VALUE));
		if (value.isBlank()) {
			return "is blank";
		}
		if (value.length() > max) {
			return "'" + value.substring(0, 20) + "…' is longer than " + max;
		}
		var listed = types.path(type).path("values");
		return switch (type) {
			case "country", "topic", "gender", "language" ->
				listed.isObject() && !listed.has(value) ? "'" + value + "' is not a " + type + " of the model" : null;
			case "date" ->
				DATE.matcher(value).matches() ? null : "'" + value + "' is not an ISO date or a prefix of one";
			case "url" -> value.startsWith("http://") || value.startsWith("https://") ? null
					: "'" + value + "' is not an http(s) URL";
			case "number" -> value.matches("-?\\d+(\\.\\d+)?") ? null : "'" + value + "' is not a number";
			case "entity" -> {
				var target = schemaOf.get(value);
				var range = property.path("range").asString("Thing");
				yield target == null ? "refers to '" + value + "', which is not in the file"
						: !isA(target, range) ? "refers to a " + target + ", not a " + range : null;
			}
			default -> null;
		};
	}

	/** The schemata of a file, counted, for messages and assertions. */
	public static Map<String, Integer> schemaCounts(List<String> lines) {
		var json = JsonMapper.builder().build();
		var counts = new LinkedHashMap<String, Integer>();
		for (var line : lines) {
			counts.merge(json.readTree(line).path("schema").asString(""), 1, Integer::sum);
		}
		return counts;
	}

	/** The model's schema names, for a sanity check of the model itself. */
	public Set<String> schemaNames() {
		var names = new HashSet<String>();
		schemata.propertyNames().forEach(names::add);
		return names;
	}

}
