package org.ironriver.model;

import java.util.regex.Pattern;

import org.ironriver.problems.BadRequestException;

/**
 * Business ids: stable, readable keys such as {@code mx-v-sw-dmass},
 * {@code ffl-9-86-01234} or {@code MX}. The same rule applies to ids in data files and in
 * requests.
 */
public final class EntityIds {

	public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

	private EntityIds() {
	}

	public static boolean isValid(String id) {
		return id != null && PATTERN.matcher(id).matches();
	}

	/** Rejects with 400 what cannot be an id, so it never reaches a query. */
	public static String requireValid(String id, String parameter) {
		if (!isValid(id)) {
			throw new BadRequestException(
					parameter + " must be an id of letters, digits and . _ : - (at most 128 characters)");
		}
		return id;
	}

}
