package org.ironriver.ingest.trace;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ironriver.ingest.ffl.UsStates;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;

/**
 * Origins and destinations of trace statistics, resolved to the curated ids: countries by
 * ISO 3166 alpha-2 code ({@code MX}) or English name, U.S. states by their slug
 * ({@code arizona}), two-letter code ({@code AZ}) or name. For an origin a two-letter
 * code is read as a U.S. state when it is one (the statistics are ATF's, by state); a
 * country whose code is also a state code ("CA" Canada) is written by name.
 */
final class Places {

	private static final Map<String, String> COUNTRY_BY_NAME = new HashMap<>();

	static {
		for (var code : Locale.getISOCountries()) {
			COUNTRY_BY_NAME.put(Names.normalize(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
		}
		COUNTRY_BY_NAME.put("united states of america", "US");
		COUNTRY_BY_NAME.put("usa", "US");
	}

	private Places() {
	}

	static RowPlan.EntityRef country(String key, String text, String column) {
		var value = text.strip();
		String code = null;
		if (value.length() == 2 && Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
			.contains(value.toUpperCase(Locale.ROOT))) {
			code = value.toUpperCase(Locale.ROOT);
		}
		else {
			code = COUNTRY_BY_NAME.get(Names.normalize(value));
		}
		if (code == null) {
			return null;
		}
		var name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return new RowPlan.EntityRef(key, code, NodeType.COUNTRY, java.util.Set.of(NodeType.COUNTRY), name, column,
				Map.of("iso2", code), java.util.List.of());
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
		return new RowPlan.EntityRef(key, state.id(), NodeType.PLACE, java.util.Set.of(NodeType.PLACE), state.name(),
				column, Map.of("placeKind", "us-state", "code", state.code()), java.util.List.of());
	}

}
