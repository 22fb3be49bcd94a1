package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ironriver.model.EntityIds;

/**
 * What resolution compares of one entity, read from its node's properties (an FFL
 * licensee's, a curated dealer's, a FollowTheMoney import's alike), with its name forms
 * prepared once so that scoring a pair does no parsing.
 *
 * <p>
 * Properties read: {@code name}, {@code aliases}, {@code licenseName},
 * {@code businessName} (d/b/a), {@code licenceNumber}, {@code premisesStreet},
 * {@code premisesZip}, {@code premises} ("street, city, ST zip" or "city, ST"),
 * {@code city}, {@code state}, {@code birthDate}, {@code identifiers} and
 * {@code externalIds} (FtM ids, registration and tax numbers), {@code country},
 * {@code countries}, {@code nationality}.
 */
final class Profile {

	/**
	 * Resolution compares actors only; the two kinds never match each other (a person is
	 * not a company, even one named after them).
	 */
	enum Kind {

		BUSINESS, PERSON

	}

	static final Set<String> BUSINESS_LABELS = Set.of("Dealer", "Importer", "Manufacturer", "Distributor",
			"Organization");

	static final Set<String> PERSON_LABELS = Set.of("Person");

	private static final Pattern STATE_ZIP = Pattern.compile("([A-Za-z]{2})(?:\\s+(\\d{5})(?:-\\d{4})?)?");

	final String id;

	final String type;

	final Kind kind;

	final String name;

	final String canonicalId;

	/** Legal or main names: the name, the licence name, the part before a d/b/a. */
	final List<String> primaryKeys;

	/** Business (d/b/a) names: {@code businessName}, the part after a d/b/a. */
	final List<String> dbaKeys;

	final List<String> aliasKeys;

	/** Every name form's key: primary, d/b/a, aliases. */
	final List<String> keys;

	/** Every name form's sorted key, for reordered names and blocking. */
	final Set<String> sortedKeys;

	final String licenceKey;

	final String street;

	final String zip;

	final String city;

	final String state;

	final String birthDate;

	final Set<String> identifiers;

	final Set<String> countries;

	private Profile(String id, String type, String name, String canonicalId, List<String> primaryKeys,
			List<String> dbaKeys, List<String> aliasKeys, Set<String> sortedKeys, String licenceKey, String street,
			String zip, String city, String state, String birthDate, Set<String> identifiers, Set<String> countries) {
		this.id = id;
		this.type = type;
		this.kind = PERSON_LABELS.contains(type) ? Kind.PERSON : Kind.BUSINESS;
		this.name = name;
		this.canonicalId = canonicalId;
		this.primaryKeys = primaryKeys;
		this.dbaKeys = dbaKeys;
		this.aliasKeys = aliasKeys;
		var all = new ArrayList<String>(primaryKeys.size() + dbaKeys.size() + aliasKeys.size());
		all.addAll(primaryKeys);
		all.addAll(dbaKeys);
		all.addAll(aliasKeys);
		this.keys = List.copyOf(all);
		this.sortedKeys = sortedKeys;
		this.licenceKey = licenceKey;
		this.street = street;
		this.zip = zip;
		this.city = city;
		this.state = state;
		this.birthDate = birthDate;
		this.identifiers = identifiers;
		this.countries = countries;
	}

	/**
	 * @param type the node's type label (one of {@link #BUSINESS_LABELS} or
	 * {@link #PERSON_LABELS})
	 * @param clusterId the cluster the node is already in, or null
	 */
	static Profile of(String id, String type, Map<String, Object> properties, String clusterId) {
		var name = text(properties.get("name"));
		var primary = new LinkedHashSet<String>();
		var dba = new LinkedHashSet<String>();
		var aliases = new LinkedHashSet<String>();
		var sorted = new LinkedHashSet<String>();
		for (var field : List.of("name", "licenseName")) {
			var parts = NameForms.parts(text(properties.get(field)));
			for (int i = 0; i < parts.size(); i++) {
				(i == 0 ? primary : dba).add(NameForms.key(parts.get(i)));
				sorted.add(NameForms.sortedKey(parts.get(i)));
			}
		}
		for (var part : NameForms.parts(text(properties.get("businessName")))) {
			dba.add(NameForms.key(part));
			sorted.add(NameForms.sortedKey(part));
		}
		for (var alias : texts(properties.get("aliases"))) {
			for (var part : NameForms.parts(alias)) {
				aliases.add(NameForms.key(part));
				sorted.add(NameForms.sortedKey(part));
			}
		}
		primary.remove("");
		dba.remove("");
		dba.removeAll(primary);
		aliases.remove("");
		aliases.removeAll(primary);
		aliases.removeAll(dba);
		sorted.remove("");

		String street = blankToNull(EntityIds.slug(text(properties.get("premisesStreet"))));
		String zip = blankToNull(text(properties.get("premisesZip")));
		String city = blankToNull(EntityIds.slug(text(properties.get("city"))));
		String state = blankToNull(text(properties.get("state")).toUpperCase(Locale.ROOT));
		var premises = text(properties.get("premises"));
		if (!premises.isBlank()) {
			var parts = premises.split("\\s*,\\s*");
			var last = STATE_ZIP.matcher(parts[parts.length - 1].strip());
			if (parts.length >= 2 && last.matches()) {
				state = state != null ? state : last.group(1).toUpperCase(Locale.ROOT);
				zip = zip != null ? zip : last.group(2);
				city = city != null ? city : blankToNull(EntityIds.slug(parts[parts.length - 2]));
				if (street == null && parts.length >= 3) {
					street = blankToNull(EntityIds.slug(parts[0]));
				}
			}
		}
		var identifiers = new LinkedHashSet<String>();
		for (var field : List.of("identifiers", "externalIds")) {
			for (var identifier : texts(properties.get(field))) {
				var slug = EntityIds.slug(identifier);
				if (!slug.isEmpty()) {
					identifiers.add(slug);
				}
			}
		}
		var countries = new LinkedHashSet<String>();
		for (var field : List.of("country", "countries", "nationality")) {
			for (var country : texts(properties.get(field))) {
				if (!country.isBlank()) {
					countries.add(country.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		var birthDate = blankToNull(text(properties.get("birthDate")));
		return new Profile(id, type, name.isBlank() ? id : name, clusterId, List.copyOf(primary), List.copyOf(dba),
				List.copyOf(aliases), Set.copyOf(sorted), licenceKey(text(properties.get("licenceNumber"))), street,
				zip, city, state, birthDate, Set.copyOf(identifiers), Set.copyOf(countries));
	}

	/**
	 * An FFL licence number is region-district-county-type-expiry-sequence; region,
	 * district and sequence identify the licensee across renewals and moves within the
	 * district (as the importer's ids do), so only they are compared. Any other number is
	 * compared whole.
	 */
	static String licenceKey(String licenceNumber) {
		var slug = EntityIds.slug(licenceNumber);
		if (slug.isEmpty()) {
			return null;
		}
		var parts = slug.split("-");
		return parts.length == 6 ? parts[0] + "-" + parts[1] + "-" + parts[5] : slug;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "" : String.valueOf(list.iterator().next());
		}
		return String.valueOf(value);
	}

	private static List<String> texts(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		if (value instanceof String[] array) {
			return List.of(array);
		}
		return List.of(String.valueOf(value));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
