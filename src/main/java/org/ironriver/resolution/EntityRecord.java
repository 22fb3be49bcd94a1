package org.ironriver.resolution;

import java.util.Map;

/**
 * One entity as resolution reads it: its id, type label, node properties and the cluster
 * it is in already (null when none).
 */
public record EntityRecord(String id, String type, Map<String, Object> properties, String clusterId) {

	Profile profile() {
		return Profile.of(id, type, properties, clusterId);
	}

}
