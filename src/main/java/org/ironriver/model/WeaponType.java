package org.ironriver.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of firearm that trace and seizure statistics and case records break figures
 * down by, in the words ATF's trace tables use (pistol, revolver, rifle, shotgun, machine
 * gun…), plus the two groupings publishers also report (handguns, long guns).
 */
public enum WeaponType {

	PISTOL, REVOLVER, RIFLE, SHOTGUN, MACHINE_GUN, DERRINGER, HANDGUN, LONG_GUN, RECEIVER_OR_FRAME, GRENADE_LAUNCHER,
	OTHER;

	/** As stored: lower case with hyphens ({@code machine-gun}). */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * "Pistols", "machine guns", "machinegun", "long-gun" and "RIFLE" are all read;
	 * plural forms as publishers write table headings.
	 */
	public static Optional<WeaponType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_/-]+", "-");
		if (normalized.endsWith("s") && !normalized.endsWith("ss")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		var key = normalized.equals("machinegun") ? "machine-gun"
				: normalized.equals("receiver") || normalized.equals("frame") ? "receiver-or-frame" : normalized;
		return Arrays.stream(values()).filter(t -> t.label().equals(key)).findFirst();
	}

	public static String labels() {
		return Arrays.stream(values()).map(WeaponType::label).collect(Collectors.joining(", "));
	}

}
