package org.ironriver.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The names, and the value types, of the evidence every relationship carries: the one
 * list the writer, the views, the importers' merging and the exports take them from.
 */
public enum EvidenceProperty {

	SOURCES("sources", "string[]"), QUOTE("quote", "string"), LOCATOR("locator", "string"),
	VALID_FROM("validFrom", "date"), VALID_FROM_TEXT("validFromText", "string"), VALID_TO("validTo", "date"),
	VALID_TO_TEXT("validToText", "string"), ASSERTED_ON("assertedOn", "date"),
	ASSERTED_ON_TEXT("assertedOnText", "string"), CONFIDENCE("confidence", "double");

	/**
	 * What wrote the relationship ("curated" or an import's id): provenance, not
	 * evidence.
	 */
	public static final String ORIGIN = "origin";

	/**
	 * The version of that origin, so stale curated entries can be found after a change.
	 */
	public static final String ORIGIN_VERSION = "originVersion";

	private static final List<String> KEYS = Arrays.stream(values()).map(EvidenceProperty::key).toList();

	private final String key;

	private final String type;

	EvidenceProperty(String key, String type) {
		this.key = key;
		this.type = type;
	}

	/** The relationship property's name. */
	public String key() {
		return key;
	}

	/**
	 * The value's type in neo4j-admin import's header terms: string, string[], date or
	 * double.
	 */
	public String type() {
		return type;
	}

	/** Every evidence property name, in this order. */
	public static List<String> keys() {
		return KEYS;
	}

}
