package org.ironriver.browser;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.springframework.stereotype.Component;

/**
 * Neo4j Browser's style (GraSS) for the model: a fixed colour and the name as caption for
 * every node type of {@link NodeType}, and each relationship captioned by its type.
 * Browser otherwise colours labels in the order it meets them, so a Dealer could be drawn
 * in the colour its legend gives another label.
 */
@Component
public class BrowserStyle {

	/**
	 * One colour a type, readable with white captions, distinct within a family (supply
	 * chain warm, law and courts cool, evidence grey, the case level of guns and events
	 * in browns, reds and purples).
	 */
	static final Map<NodeType, String> COLOURS = colours();

	private static Map<NodeType, String> colours() {
		var colours = new EnumMap<NodeType, String>(NodeType.class);
		colours.put(NodeType.MANUFACTURER, "#B23A48");
		colours.put(NodeType.DISTRIBUTOR, "#D9713B");
		colours.put(NodeType.DEALER, "#C9A227");
		colours.put(NodeType.IMPORTER, "#8C5E3C");
		colours.put(NodeType.COUNTRY, "#2E7D32");
		colours.put(NodeType.PLACE, "#66A15A");
		colours.put(NodeType.COURT, "#34568B");
		colours.put(NodeType.LAW, "#5B4B8A");
		colours.put(NodeType.LAWSUIT, "#1F77B4");
		colours.put(NodeType.RULING, "#4A90A4");
		colours.put(NodeType.ORGANIZATION, "#00838F");
		colours.put(NodeType.PERSON, "#AD4E8C");
		colours.put(NodeType.INITIATIVE, "#6D8B3A");
		colours.put(NodeType.SOURCE, "#6B6B6B");
		colours.put(NodeType.CLAIM, "#8E8E8E");
		colours.put(NodeType.FLOW_OBSERVATION, "#A0522D");
		colours.put(NodeType.FIREARM_MODEL, "#7A4E2D");
		colours.put(NodeType.FIREARM, "#5D4037");
		colours.put(NodeType.PURCHASE, "#E08E0B");
		colours.put(NodeType.TRAFFICKING, "#C62828");
		colours.put(NodeType.RECOVERY, "#6A1B9A");
		colours.put(NodeType.FIREARM_TRACE, "#3949AB");
		colours.put(NodeType.CRIMINAL_CASE, "#0D47A1");
		colours.put(NodeType.REGION, "#558B2F");
		colours.put(NodeType.SANCTION, "#B71C1C");
		if (colours.size() != NodeType.values().length) {
			throw new IllegalStateException("every node type needs a colour in Neo4j Browser's style");
		}
		return colours;
	}

	/**
	 * The rules in the order Browser applies them (a later rule wins): defaults, the
	 * shared {@code Entity} label's caption, then each type.
	 */
	Map<String, Map<String, String>> rules() {
		var rules = new LinkedHashMap<String, Map<String, String>>();
		rules.put("node", Map.of("diameter", "50px", "color", "#A5ABB6", "border-color", "#9AA1AC", "border-width",
				"2px", "text-color-internal", "#FFFFFF", "font-size", "10px"));
		rules.put("relationship", Map.of("color", "#A5ABB6", "shaft-width", "1px", "font-size", "8px", "padding", "3px",
				"text-color-external", "#000000", "text-color-internal", "#FFFFFF", "caption", "<type>"));
		rules.put("node." + NodeType.ENTITY_LABEL, Map.of("caption", "{name}"));
		for (var type : NodeType.values()) {
			var colour = COLOURS.get(type);
			rules.put("node." + type.label(), Map.of("color", colour, "border-color", colour, "text-color-internal",
					"#FFFFFF", "caption", "{name}", "diameter", type.isActor() ? "55px" : "45px"));
		}
		for (var type : RelationType.values()) {
			rules.put("relationship." + type.name(), Map.of("caption", "<type>"));
		}
		return rules;
	}

	/** The GraSS text that {@code :style <url>} reads. */
	String grass() {
		// No comment line: Browser's GraSS parser does not skip comments.
		var grass = new StringBuilder();
		rules().forEach((selector, properties) -> {
			grass.append(selector).append(" {\n");
			new java.util.TreeMap<>(properties).forEach((name, value) -> grass.append("  ")
				.append(name)
				.append(": ")
				.append(value.startsWith("#") || value.endsWith("px") ? value : "'" + value + "'")
				.append(";\n"));
			grass.append("}\n");
		});
		return grass.toString();
	}

}
