package org.ironriver.ingest.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.ingest.ffl.UsStates;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;

/**
 * The origins and destinations of trace statistics, read as their publishers write them
 * and resolved to the graph's places: countries by ISO 3166 alpha-2 code ({@code MX}) or
 * English name; U.S. states by code ({@code AZ}), slug or name; counties ("Miami-Dade
 * County, FL") and cities ("Tucson, Arizona") in a state; ports ("Port of Miami");
 * regions ("Caribbean", "southwest border states"); and several of those that a figure
 * counts together ("California and New Mexico", "AZ; TX").
 *
 * <p>
 * A place is created with its codes and its parents — county and city in their state,
 * state in the United States — so that {@code placeKind: 'us-state'} queries and the
 * tracing context ({@code LOCATED_IN} up to the country) find it. For an origin a
 * two-letter code is read as a U.S. state when it is one (the statistics are ATF's, by
 * state); a country whose code is also a state code ("CA" Canada) is written by name.
 */
final class Places {

	/**
	 * The kinds of place a column may name, as the optional {@code …_kind} column says.
	 */
	enum Kind {

		COUNTRY, STATE, COUNTY, CITY, PORT, REGION;

		static Optional<Kind> parse(String text) {
			var normalized = text.strip().toUpperCase(Locale.ROOT).replace("US-", "").replace('-', '_');
			return Arrays.stream(values()).filter(k -> k.name().equals(normalized)).findFirst();
		}

		static String names() {
			return String.join(", ", Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
		}

	}

	/**
	 * One place a row names, with the places it lies in (each {@code LOCATED_IN} the
	 * next), nearest first.
	 */
	record Place(RowPlan.EntityRef ref, List<RowPlan.EntityRef> parents) {
	}

	/** Regions the publishers name, with the ids the curated graph gives them. */
	private static final Map<String, String[]> REGIONS = new HashMap<>();

	private static final Map<String, String> COUNTRY_BY_NAME = new HashMap<>();

	private static final Pattern COUNTY = Pattern.compile("(?i)(.+?)\\s+(county|parish|borough)\\s*,\\s*(.+)");

	private static final Pattern CITY = Pattern.compile("(.+?)\\s*,\\s*(.+)");

	private static final Pattern PORT = Pattern.compile("(?i)(port of .+|.+ port)");

	/** What joins the parts of a combined origin: "and", "&", ";" or "+". */
	private static final Pattern JOINED = Pattern.compile("\\s*;\\s*|\\s+(?:and|&|\\+)\\s+");

	static {
		for (var code : Locale.getISOCountries()) {
			COUNTRY_BY_NAME.put(Names.normalize(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
		}
		COUNTRY_BY_NAME.put("united states of america", "US");
		COUNTRY_BY_NAME.put("usa", "US");
		COUNTRY_BY_NAME.put("the bahamas", "BS");
		region("caribbean", "Caribbean", "the Caribbean", "Caribbean countries", "Caribbean region");
		region("central-america", "Central America", "Central American countries");
		region("southwest-border-states", "Southwest border states", "southwest border", "southwest border region",
				"SWB states", "U.S. southwest border states");
	}

	private static void region(String id, String name, String... aliases) {
		var entry = new String[] { id, name };
		REGIONS.put(Names.normalize(name), entry);
		for (var alias : aliases) {
			REGIONS.put(Names.normalize(alias), entry);
		}
	}

	private Places() {
	}

	/**
	 * The places an origin names: one, or several a figure counts together; empty when
	 * the text names no place this format knows.
	 */
	static List<Place> origins(String key, String text, Kind kind, String column) {
		var whole = place(key, text, kind, column, true);
		if (whole != null) {
			return List.of(whole);
		}
		var parts = JOINED.split(text.strip());
		if (parts.length < 2) {
			return List.of();
		}
		var places = new ArrayList<Place>();
		for (int i = 0; i < parts.length; i++) {
			var part = place(key + "-" + (i + 1), parts[i], kind, column, true);
			if (part == null) {
				return List.of();
			}
			places.add(part);
		}
		return places;
	}

	/** A destination: a country or a region (not a U.S. state, so "CA" is Canada). */
	static Place destination(String key, String text, Kind kind, String column) {
		if (kind != null && kind != Kind.COUNTRY && kind != Kind.REGION) {
			return null;
		}
		return place(key, text, kind, column, false);
	}

	static String expected(boolean origin) {
		return origin ? "a country (MX, Mexico), a U.S. state (AZ, Arizona), a county (Miami-Dade County, FL), a city"
				+ " (Tucson, AZ), a port (Port of Miami), a region (Caribbean, southwest border states), or several"
				+ " joined by 'and' or ';'"
				: "a country (ISO 3166 code such as MX, or English name) or a region (Caribbean)";
	}

	private static Place place(String key, String text, Kind kind, String column, boolean origin) {
		var value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (kind == null || kind == Kind.REGION) {
			var region = region(key, value, column, kind == Kind.REGION);
			if (region != null) {
				return new Place(region, List.of());
			}
		}
		if ((kind == null && origin) || kind == Kind.STATE) {
			var state = state(key, value, column);
			if (state != null) {
				return new Place(state, List.of(country("US", "US", column)));
			}
		}
		if (kind == null || kind == Kind.COUNTRY) {
			var code = countryCode(value);
			if (code != null) {
				return new Place(country(key, code, column), List.of());
			}
		}
		if (!origin) {
			return null;
		}
		if (kind == null || kind == Kind.COUNTY) {
			var county = COUNTY.matcher(value);
			if (county.matches()) {
				var state = state("state-of-" + key, county.group(3), column);
				if (state != null) {
					var name = county.group(1).strip() + " " + UsStates.titleCase(county.group(2)) + ", "
							+ state.name();
					var properties = Map.<String, Object>of("placeKind", "us-county", "stateCode",
							state.properties().get("code"));
					var ref = new RowPlan.EntityRef(key, EntityIds.slug(name), NodeType.PLACE, Set.of(NodeType.PLACE),
							name, column, properties, List.of(value));
					return new Place(ref, List.of(state, country("US", "US", column)));
				}
			}
		}
		if (kind == Kind.PORT || (kind == null && PORT.matcher(value).matches())) {
			// A port is found by its name (the curated graph's ports are named so), else
			// created; where it is, the name does not always say.
			return new Place(new RowPlan.EntityRef(key, null, NodeType.PLACE, Set.of(NodeType.PLACE), value, column,
					Map.of("placeKind", "port"), List.of()), List.of());
		}
		if (kind == null || kind == Kind.CITY) {
			var city = CITY.matcher(value);
			if (city.matches()) {
				var state = state("state-of-" + key, city.group(2), column);
				if (state != null) {
					// Named as the curated graph and the FFL import name their cities
					// ("Tucson, Arizona"), so an existing one is found by name.
					var name = city.group(1).strip() + ", " + state.name();
					var ref = new RowPlan.EntityRef(key, null, NodeType.PLACE, Set.of(NodeType.PLACE), name, column,
							Map.of("placeKind", "us-city", "stateCode", state.properties().get("code")), List.of());
					return new Place(ref, List.of(state, country("US", "US", column)));
				}
			}
		}
		return null;
	}

	private static RowPlan.EntityRef region(String key, String text, String column, boolean any) {
		var normalized = Names.normalize(text);
		var known = REGIONS.get(normalized);
		if (known == null && normalized.startsWith("the ")) {
			known = REGIONS.get(normalized.substring(4));
		}
		if (known == null && !any) {
			return null;
		}
		var id = known != null ? known[0] : EntityIds.slug(text);
		var name = known != null ? known[1] : text.strip();
		return new RowPlan.EntityRef(key, id, NodeType.REGION, Set.of(NodeType.REGION), name, column, Map.of(),
				List.of());
	}

	private static String countryCode(String value) {
		if (value.length() == 2 && Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
			.contains(value.toUpperCase(Locale.ROOT))) {
			return value.toUpperCase(Locale.ROOT);
		}
		return COUNTRY_BY_NAME.get(Names.normalize(value));
	}

	static RowPlan.EntityRef country(String key, String code, String column) {
		var name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return new RowPlan.EntityRef(key, code, NodeType.COUNTRY, Set.of(NodeType.COUNTRY), name, column,
				Map.of("iso2", code), List.of());
	}

	static RowPlan.EntityRef state(String key, String text, String column) {
		var value = text.strip();
		UsStates.State state = null;
		if (value.length() == 2) {
			state = UsStates.all().get(value.toUpperCase(Locale.ROOT));
		}
		if (state == null) {
			var slug = EntityIds.slug(value);
			state = UsStates.all().values().stream().filter(s -> s.id().equals(slug)).findFirst().orElse(null);
		}
		if (state == null) {
			return null;
		}
		return new RowPlan.EntityRef(key, state.id(), NodeType.PLACE, Set.of(NodeType.PLACE), state.name(), column,
				Map.of("placeKind", "us-state", "code", state.code()), List.of());
	}

}
