package org.ironriver.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every kind of node in the graph. Each node also carries the {@code Entity} label and a
 * globally unique business {@code id}; this enum is the allow-list from which dynamic
 * labels are taken, never from user text.
 */
public enum NodeType {

	MANUFACTURER("Manufacturer"), DISTRIBUTOR("Distributor"), DEALER("Dealer"), IMPORTER("Importer"),
	COUNTRY("Country"), PLACE("Place"), COURT("Court"), LAW("Law"), LAWSUIT("Lawsuit"), RULING("Ruling"),
	ORGANIZATION("Organization"), PERSON("Person"), INITIATIVE("Initiative"), SOURCE("Source"), CLAIM("Claim"),
	FLOW_OBSERVATION("FlowObservation"),
	// The case level: guns and what happened to them, as the criminal record tells it.
	FIREARM_MODEL("FirearmModel"), FIREARM("Firearm"), PURCHASE("Purchase"), TRAFFICKING("Trafficking"),
	RECOVERY("Recovery"), FIREARM_TRACE("FirearmTrace"), CRIMINAL_CASE("CriminalCase"),
	// A group of countries or states that statistics name as one (the Caribbean, the
	// southwest border states).
	REGION("Region"),
	// A sanction a government or body imposed on an actor (OpenSanctions' FtM Sanction):
	// authority, program, listing.
	SANCTION("Sanction");

	/**
	 * The label every node carries besides its own, for the unique id and the full-text
	 * index.
	 */
	public static final String ENTITY_LABEL = "Entity";

	private final String label;

	NodeType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** "a Dealer", "an Importer": the noun with the article English gives it. */
	public static String withArticle(String noun) {
		return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
	}

	/**
	 * Types as a message names them: "Dealer/Importer", or "anything" for all of them.
	 */
	public static String labels(Set<NodeType> types) {
		return types.size() == values().length ? "anything"
				: String.join("/", types.stream().map(NodeType::label).sorted().toList());
	}

	public static Optional<NodeType> fromLabel(String label) {
		return label == null ? Optional.empty() : Optional.ofNullable(BY_LABEL.get(label.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Labels in lower case: every answer maps each node's labels through
	 * {@link #fromLabel}, so it is a lookup, not a scan.
	 */
	private static final Map<String, NodeType> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(t -> t.label.toLowerCase(Locale.ROOT), t -> t));

	/**
	 * Actors are the parties of supply chains and litigation: the nodes an investigator
	 * traces between.
	 */
	public boolean isActor() {
		return switch (this) {
			case MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION, PERSON -> true;
			default -> false;
		};
	}

	/**
	 * Events of the case level: each has a date, a place and evidence, and links the
	 * actors and firearms it involves.
	 */
	public boolean isEvent() {
		return switch (this) {
			case PURCHASE, TRAFFICKING, RECOVERY, FIREARM_TRACE -> true;
			default -> false;
		};
	}

}
