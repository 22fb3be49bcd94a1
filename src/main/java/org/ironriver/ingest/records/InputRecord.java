package org.ironriver.ingest.records;

import java.util.Map;

import org.apache.commons.lang3.StringUtils;

import tools.jackson.databind.JsonNode;

/**
 * One record of a CSV or JSON Lines file.
 *
 * @param line the 1-based line it starts on
 * @param fields its values by (lower-case) column name; for JSON Lines the scalar
 * members, nested objects flattened as {@code subject_id}; blank values are absent
 * @param json the parsed object (JSON Lines only), for formats with multi-valued
 * properties such as FollowTheMoney
 * @param raw the input as it was, for the reject file
 */
public record InputRecord(long line, Map<String, String> fields, JsonNode json, String raw) {

	/** The value of a column, stripped, or null when absent or blank. */
	public String get(String column) {
		return StringUtils.stripToNull(fields.get(column));
	}
}
