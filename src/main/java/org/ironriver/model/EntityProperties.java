package org.ironriver.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties an import may set on the entities it creates, each with its type: the
 * model's table (docs/model.md) as data, so that a facts row's {@code object.value} is
 * checked to be a number and an unknown property is refused, not stored as text. Names,
 * aliases, ids and provenance are not here: every format has its own columns for them.
 */
public final class EntityProperties {

	/** How a property's text is read and stored. */
	public enum Kind {

		/** Text as given. */
		TEXT,
		/** A whole number. */
		INTEGER,
		/** Any number. */
		NUMBER,
		/** true or false. */
		BOOLEAN,
		/** An ISO date, a month or a year; partial dates are kept as written. */
		DATE,
		/** Several texts, separated by {@code ;}. */
		TEXT_LIST

	}

	private static final Map<NodeType, Map<String, Kind>> BY_TYPE = new EnumMap<>(NodeType.class);

	static {
		define(NodeType.MANUFACTURER, "country", Kind.TEXT, "founded", Kind.DATE);
		define(NodeType.DISTRIBUTOR, "hq", Kind.TEXT);
		define(NodeType.DEALER, "businessName", Kind.TEXT, "premises", Kind.TEXT, "licenseNumber", Kind.TEXT);
		define(NodeType.IMPORTER, "country", Kind.TEXT);
		define(NodeType.COUNTRY, "iso2", Kind.TEXT, "iso3", Kind.TEXT);
		define(NodeType.PLACE, "placeKind", Kind.TEXT, "code", Kind.TEXT);
		define(NodeType.COURT, "jurisdiction", Kind.TEXT, "level", Kind.TEXT);
		define(NodeType.LAW, "citation", Kind.TEXT, "publicLaw", Kind.TEXT, "statutesAtLarge", Kind.TEXT, "enacted",
				Kind.DATE, "sections", Kind.TEXT_LIST);
		define(NodeType.LAWSUIT, "caption", Kind.TEXT, "docketNumber", Kind.TEXT, "filed", Kind.DATE, "status",
				Kind.TEXT, "forum", Kind.TEXT, "decided", Kind.DATE);
		define(NodeType.RULING, "date", Kind.DATE, "citation", Kind.TEXT, "outcome", Kind.TEXT, "vote", Kind.TEXT,
				"author", Kind.TEXT, "kind", Kind.TEXT, "docketNumber", Kind.TEXT);
		define(NodeType.ORGANIZATION, "orgType", Kind.TEXT, "founded", Kind.DATE);
		define(NodeType.PERSON, "role", Kind.TEXT, "country", Kind.TEXT, "birthDate", Kind.DATE, "nationality",
				Kind.TEXT_LIST, "idNumber", Kind.TEXT_LIST);
		// What FollowTheMoney (OpenSanctions) data says of a sanction.
		define(NodeType.SANCTION, "authority", Kind.TEXT, "program", Kind.TEXT, "programId", Kind.TEXT, "reason",
				Kind.TEXT, "provisions", Kind.TEXT, "status", Kind.TEXT, "country", Kind.TEXT, "listingDate",
				Kind.DATE);
		define(NodeType.INITIATIVE, "announced", Kind.DATE, "launched", Kind.DATE);
		define(NodeType.CLAIM, "statement", Kind.TEXT, "topic", Kind.TEXT, "value", Kind.NUMBER, "unit", Kind.TEXT,
				"claimKind", Kind.TEXT, "period", Kind.TEXT);
		define(NodeType.FIREARM_MODEL, "make", Kind.TEXT, "model", Kind.TEXT, "caliber", Kind.TEXT, "weaponType",
				Kind.TEXT);
		define(NodeType.FIREARM, "count", Kind.INTEGER, "weaponTypes", Kind.TEXT_LIST, "serial", Kind.TEXT);
		define(NodeType.PURCHASE, "date", Kind.DATE, "count", Kind.INTEGER, "weaponTypes", Kind.TEXT_LIST,
				"strawPurchase", Kind.BOOLEAN);
		define(NodeType.TRAFFICKING, "date", Kind.DATE, "route", Kind.TEXT, "count", Kind.INTEGER);
		define(NodeType.RECOVERY, "date", Kind.DATE, "count", Kind.INTEGER, "crimeScene", Kind.TEXT);
		define(NodeType.FIREARM_TRACE, "date", Kind.DATE, "timeToCrimeDays", Kind.INTEGER);
		define(NodeType.CRIMINAL_CASE, "court", Kind.TEXT, "docket", Kind.TEXT, "filed", Kind.DATE, "charges",
				Kind.TEXT_LIST, "outcome", Kind.TEXT, "sentence", Kind.TEXT);
		define(NodeType.REGION, "regionKind", Kind.TEXT);
		// Sources are created from a row's source_* columns and flow observations by the
		// trace-statistics format: no free properties.
		define(NodeType.SOURCE);
		define(NodeType.FLOW_OBSERVATION);
		// Every actor may carry what screening data says of it: topics (FtM's "sanction",
		// "crime"…), registration numbers, its country (ISO alpha-2, upper case).
		for (var type : NodeType.values()) {
			if (type.isActor()) {
				var properties = BY_TYPE.get(type);
				properties.putIfAbsent("country", Kind.TEXT);
				properties.put("topics", Kind.TEXT_LIST);
				if (type != NodeType.PERSON) {
					properties.put("registrationNumber", Kind.TEXT_LIST);
				}
			}
		}
	}

	private static void define(NodeType type, Object... pairs) {
		var properties = new LinkedHashMap<String, Kind>();
		for (int i = 0; i < pairs.length; i += 2) {
			properties.put((String) pairs[i], (Kind) pairs[i + 1]);
		}
		BY_TYPE.put(type, properties);
	}

	private EntityProperties() {
	}

	public static Optional<Kind> kind(NodeType type, String property) {
		return Optional.ofNullable(BY_TYPE.get(type).get(property));
	}

	/** The properties of a type, in the model's order, for messages. */
	public static List<String> of(NodeType type) {
		return List.copyOf(BY_TYPE.get(type).keySet());
	}

}
