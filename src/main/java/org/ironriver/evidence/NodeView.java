package org.ironriver.evidence;

import java.util.List;
import java.util.Map;

/**
 * A node as an answer shows it: business id, model type, display name, other labels and
 * properties. Never the database's internal element id.
 */
public record NodeView(String id, String type, String name, List<String> labels, Map<String, Object> properties) {
}
