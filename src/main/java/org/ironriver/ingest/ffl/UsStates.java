package org.ironriver.ingest.ffl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ironriver.model.EntityIds;

/**
 * The states and territories an FFL premises can be in, by the postal code the listing
 * uses. Ids follow the curated graph's convention for U.S. states: the slug of the name
 * ({@code arizona}, {@code new-york}).
 */
public final class UsStates {

	public record State(String code, String id, String name) {
	}

	private static final Map<String, State> BY_CODE = new LinkedHashMap<>();

	static {
		String[][] states = { { "AL", "Alabama" }, { "AK", "Alaska" }, { "AZ", "Arizona" }, { "AR", "Arkansas" },
				{ "CA", "California" }, { "CO", "Colorado" }, { "CT", "Connecticut" }, { "DE", "Delaware" },
				{ "DC", "District of Columbia" }, { "FL", "Florida" }, { "GA", "Georgia" }, { "HI", "Hawaii" },
				{ "ID", "Idaho" }, { "IL", "Illinois" }, { "IN", "Indiana" }, { "IA", "Iowa" }, { "KS", "Kansas" },
				{ "KY", "Kentucky" }, { "LA", "Louisiana" }, { "ME", "Maine" }, { "MD", "Maryland" },
				{ "MA", "Massachusetts" }, { "MI", "Michigan" }, { "MN", "Minnesota" }, { "MS", "Mississippi" },
				{ "MO", "Missouri" }, { "MT", "Montana" }, { "NE", "Nebraska" }, { "NV", "Nevada" },
				{ "NH", "New Hampshire" }, { "NJ", "New Jersey" }, { "NM", "New Mexico" }, { "NY", "New York" },
				{ "NC", "North Carolina" }, { "ND", "North Dakota" }, { "OH", "Ohio" }, { "OK", "Oklahoma" },
				{ "OR", "Oregon" }, { "PA", "Pennsylvania" }, { "RI", "Rhode Island" }, { "SC", "South Carolina" },
				{ "SD", "South Dakota" }, { "TN", "Tennessee" }, { "TX", "Texas" }, { "UT", "Utah" },
				{ "VT", "Vermont" }, { "VA", "Virginia" }, { "WA", "Washington" }, { "WV", "West Virginia" },
				{ "WI", "Wisconsin" }, { "WY", "Wyoming" }, { "PR", "Puerto Rico" }, { "VI", "U.S. Virgin Islands" },
				{ "GU", "Guam" }, { "MP", "Northern Mariana Islands" }, { "AS", "American Samoa" } };
		for (var s : states) {
			BY_CODE.put(s[0], new State(s[0], EntityIds.slug(s[1]), s[1]));
		}
	}

	private UsStates() {
	}

	public static State byCode(String code) {
		return code == null ? null : BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
	}

	public static Map<String, State> all() {
		return BY_CODE;
	}

	/**
	 * "SAN LUIS" is "San Luis": listings are upper case, the graph shows names as people
	 * write them.
	 */
	public static String titleCase(String text) {
		var words = text.strip().toLowerCase(Locale.ROOT).split(" ");
		var sb = new StringBuilder();
		for (var word : words) {
			if (word.isEmpty()) {
				continue;
			}
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
		}
		return sb.toString();
	}

}
