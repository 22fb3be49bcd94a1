package org.ironriver.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * The formats that can be imported in bulk; the name is what the CLI and the REST path
 * take.
 */
public enum ImportKind {

	FFL("ATF Federal Firearms Licensee listing (monthly, tab-delimited, plain or gzip)"),

	FACTS("facts: subject, relation, object, valid dates, source, quote, locator, confidence (CSV or JSON Lines)"),

	TRACE("trace statistics: flow observations by period, destination, origin and metric (CSV)"),

	FTM("FollowTheMoney entities as exported by Aleph, OpenAleph and OpenSanctions (JSON Lines)");

	private final String description;

	ImportKind(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ImportKind parse(String text) {
		return Arrays.stream(values())
			.filter(k -> k.key().equalsIgnoreCase(text == null ? "" : text.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown import kind '" + text + "' (available: ffl, facts, trace, ftm)"));
	}

}
