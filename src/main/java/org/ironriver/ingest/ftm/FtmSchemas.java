package org.ironriver.ingest.ftm;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;

/**
 * How FollowTheMoney schemas map onto the model, both ways. Kept small and explicit: what
 * is not listed here is not imported.
 */
final class FtmSchemas {

	/**
	 * Every kind of company the model has: a FtM Company, Organization or LegalEntity may
	 * be any of them.
	 */
	static final Set<NodeType> COMPANIES = EnumSet.of(NodeType.ORGANIZATION, NodeType.MANUFACTURER,
			NodeType.DISTRIBUTOR, NodeType.DEALER, NodeType.IMPORTER);

	/**
	 * Entity schemas imported, with the types an existing node of the same id may have.
	 */
	static final Map<String, Set<NodeType>> ENTITIES = Map.of("Person", EnumSet.of(NodeType.PERSON), "Company",
			COMPANIES, "Organization", COMPANIES, "LegalEntity",
			EnumSet.of(NodeType.ORGANIZATION, NodeType.MANUFACTURER, NodeType.DISTRIBUTOR, NodeType.DEALER,
					NodeType.IMPORTER, NodeType.PERSON),
			"PublicBody", EnumSet.of(NodeType.ORGANIZATION), "CourtCase", EnumSet.of(NodeType.LAWSUIT));

	/**
	 * An interval schema: which properties hold its two ends, and which end the
	 * relationship starts from.
	 */
	record Interval(String from, String to) {
	}

	static final Map<String, Interval> INTERVALS = Map.of(
			// OWNER owns ASSET: the asset is the subsidiary of the owner
			"Ownership", new Interval("asset", "owner"), "Directorship", new Interval("director", "organization"),
			"Membership", new Interval("member", "organization"), "Representation", new Interval("agent", "client"),
			"CourtCaseParty", new Interval("party", "case"), "UnknownLink", new Interval("subject", "object"),
			"Associate", new Interval("person", "associate"), "Family", new Interval("person", "relative"));

	/**
	 * Schemas imported in the second sweep, after the entities they refer to: the
	 * intervals above and sanctions (a node of their own linked to the sanctioned
	 * entity).
	 */
	static boolean linking(String schema) {
		return INTERVALS.containsKey(schema) || schema.equals("Sanction");
	}

	/**
	 * The property that holds an interval's role as free text: {@code role} (FtM's
	 * Interest), {@code relationship} for Associate and Family.
	 */
	static String roleProperty(String schema) {
		return schema.equals("Associate") || schema.equals("Family") ? "relationship" : "role";
	}

	static final Map<String, RelationType> FIXED = Map.of("Ownership", RelationType.SUBSIDIARY_OF, "Directorship",
			RelationType.HOLDS_OFFICE_IN, "Membership", RelationType.MEMBER_OF, "Representation",
			RelationType.COUNSEL_FOR);

	/** CourtCaseParty roles, lower case, by the words courts and FtM exports use. */
	static final Map<String, RelationType> PARTY_ROLES = Map.ofEntries(
			Map.entry("plaintiff", RelationType.PLAINTIFF_IN), Map.entry("claimant", RelationType.PLAINTIFF_IN),
			Map.entry("complainant", RelationType.PLAINTIFF_IN), Map.entry("defendant", RelationType.DEFENDANT_IN),
			Map.entry("accused", RelationType.DEFENDANT_IN), Map.entry("petitioner", RelationType.PETITIONER_IN),
			Map.entry("appellant", RelationType.PETITIONER_IN), Map.entry("respondent", RelationType.RESPONDENT_IN),
			Map.entry("appellee", RelationType.RESPONDENT_IN), Map.entry("judge", RelationType.JUDGE_OF));

	/**
	 * The role written for each party relation on export (the first word above that maps
	 * to it).
	 */
	static final Map<RelationType, String> ROLE_OF = Map.of(RelationType.PLAINTIFF_IN, "plaintiff",
			RelationType.DEFENDANT_IN, "defendant", RelationType.PETITIONER_IN, "petitioner",
			RelationType.RESPONDENT_IN, "respondent", RelationType.JUDGE_OF, "judge");

	/** The FtM sector written for, and recognised as, each kind of firearms business. */
	static final Map<NodeType, String> SECTORS = Map.of(NodeType.MANUFACTURER, "firearms manufacturer",
			NodeType.IMPORTER, "firearms importer", NodeType.DISTRIBUTOR, "firearms distributor", NodeType.DEALER,
			"firearms dealer");

	private FtmSchemas() {
	}

	/**
	 * The type a company-like entity is created with: a {@code topics}, {@code sector} or
	 * {@code classification} value that mentions manufacturing, importing,
	 * distribution/wholesale or dealing/retail picks that kind of business (in this
	 * order); anything else is an Organization.
	 */
	static NodeType companyType(List<String> hints) {
		var text = String.join(" ", hints).toLowerCase(Locale.ROOT);
		if (text.contains("manufactur")) {
			return NodeType.MANUFACTURER;
		}
		if (text.contains("import")) {
			return NodeType.IMPORTER;
		}
		if (text.contains("distribut") || text.contains("wholesal")) {
			return NodeType.DISTRIBUTOR;
		}
		if (text.contains("dealer") || text.contains("retail") || text.contains("gun shop")) {
			return NodeType.DEALER;
		}
		return NodeType.ORGANIZATION;
	}

}
