package org.ironriver.evidence;

import java.util.List;
import java.util.Map;

/**
 * A node as an answer shows it: business id, model type, display name, other labels and
 * properties, and its provenance: {@code origin} (what wrote it, "curated" or an import's
 * id) and {@code originVersion}. Never the database's internal element id.
 */
public record NodeView(String id, String type, String name, List<String> labels, Map<String, Object> properties,
		String origin, String originVersion) {
}
