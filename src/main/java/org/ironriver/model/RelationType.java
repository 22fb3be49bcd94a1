package org.ironriver.model;

import static org.ironriver.model.NodeType.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every relationship type of the model with the node types it may connect. This is the
 * allow-list for dynamic relationship types and the check that importers apply to each
 * fact.
 */
public enum RelationType {

	SUPPLIES(EnumSet.of(MANUFACTURER, DISTRIBUTOR, IMPORTER), EnumSet.of(DISTRIBUTOR, DEALER, IMPORTER),
			"a supplier sells firearms to the next link of the distribution chain"),
	LOCATED_IN(EnumSet.of(MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION, PERSON, PLACE, COURT),
			EnumSet.of(PLACE, COUNTRY), "premises, seat or containment in a place"),
	ORIGIN_OF(EnumSet.of(PLACE, COUNTRY, REGION), EnumSet.of(FLOW_OBSERVATION),
			"the origin of an observed firearms flow"),
	DESTINED_FOR(EnumSet.of(FLOW_OBSERVATION, TRAFFICKING), EnumSet.of(COUNTRY, PLACE, REGION),
			"the destination of an observed flow or of trafficked guns"),
	PLAINTIFF_IN(actors(), EnumSet.of(LAWSUIT), "a party that brought the case"),
	DEFENDANT_IN(actors(), EnumSet.of(LAWSUIT, CRIMINAL_CASE), "a party sued, or a defendant charged, in the case"),
	PETITIONER_IN(actors(), EnumSet.of(LAWSUIT), "the party that sought review"),
	RESPONDENT_IN(actors(), EnumSet.of(LAWSUIT), "the party opposing review"),
	FILED_IN(EnumSet.of(LAWSUIT, CRIMINAL_CASE), EnumSet.of(COURT), "the court where a case was filed"),
	RULING_IN(EnumSet.of(RULING), EnumSet.of(LAWSUIT), "a decision made in a case or proceeding"),
	ISSUED_BY(EnumSet.of(RULING), EnumSet.of(COURT, ORGANIZATION),
			"the court or body that issued a decision or report"),
	CITES(EnumSet.of(RULING, LAWSUIT, CLAIM), EnumSet.of(LAW), "a decision or pleading that refers to a law"),
	APPLIES(EnumSet.of(RULING), EnumSet.of(LAW), "a decision that turns on the law"),
	REVIEWS(EnumSet.of(RULING, LAWSUIT), EnumSet.of(RULING, LAWSUIT),
			"the appeal chain: a higher court reviewing a lower one"),
	ENACTED_BY(EnumSet.of(LAW), EnumSet.of(ORGANIZATION), "the legislature that enacted a law"),
	PART_OF(EnumSet.of(LAW, ORGANIZATION, INITIATIVE, COUNTRY, PLACE),
			EnumSet.of(LAW, ORGANIZATION, INITIATIVE, REGION),
			"a section of a law, a unit of a body, a member country or state of a region"),
	AMENDS(EnumSet.of(LAW), EnumSet.of(LAW), "a law changing another"),
	CREATES(EnumSet.of(LAW), EnumSet.of(LAW), "a law creating a new section"),
	JUDGE_OF(EnumSet.of(PERSON), EnumSet.of(LAWSUIT, CRIMINAL_CASE, COURT),
			"a judge presiding over a case or sitting on a court"),
	AUTHORED(EnumSet.of(PERSON), EnumSet.of(RULING), "the author of an opinion"),
	COUNSEL_FOR(EnumSet.of(PERSON, ORGANIZATION), actors(), "a lawyer or firm representing a party", "role"),
	ANNOUNCED(EnumSet.of(PERSON, ORGANIZATION), EnumSet.of(INITIATIVE, ORGANIZATION), "a public announcement"),
	LAUNCHED(EnumSet.of(PERSON, ORGANIZATION), EnumSet.of(INITIATIVE), "the start of an initiative"),
	// Companies join bodies (a manufacturer in a trade association) and people hold
	// office in companies (a
	// director, as FollowTheMoney's Membership and Directorship say), not only in
	// organisations.
	MEMBER_OF(EnumSet.of(PERSON, ORGANIZATION, COUNTRY, MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER),
			EnumSet.of(ORGANIZATION), "membership of a body", "role"),
	HOLDS_OFFICE_IN(EnumSet.of(PERSON), EnumSet.of(ORGANIZATION, MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER),
			"an office held in a body or a company", "role"),
	REQUESTED(EnumSet.of(ORGANIZATION, PERSON, COUNTRY), EnumSet.of(RULING, LAWSUIT),
			"a request for an advisory opinion or a proceeding"),
	// A person may own a company too (FollowTheMoney's Ownership with a Person owner, the
	// commonest shape in OpenSanctions data); the share owned is the relationship's
	// percentage.
	SUBSIDIARY_OF(EnumSet.of(MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION),
			EnumSet.of(MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION, PERSON),
			"a company owned by a parent company or by a person", "percentage", "role"),
	GOVERNMENT_OF(EnumSet.of(ORGANIZATION), EnumSet.of(COUNTRY), "the government of a country"),
	ASSERTS(EnumSet.of(SOURCE), EnumSet.of(CLAIM), "a source making a claim"),
	ABOUT(EnumSet.of(CLAIM), EnumSet.allOf(NodeType.class), "what a claim is about"),
	CONTRADICTS(EnumSet.of(CLAIM), EnumSet.of(CLAIM), "two claims that cannot both be true"),
	SAME_AS(EnumSet.allOf(NodeType.class), EnumSet.allOf(NodeType.class), "two nodes for one real-world thing"),
	// The case level, FinCEN-style: each event is a node between the actors and firearms
	// it involves.
	MADE_BY(EnumSet.of(FIREARM_MODEL, FIREARM), EnumSet.of(MANUFACTURER), "the maker of a firearm model or firearm"),
	OF_MODEL(EnumSet.of(FIREARM), EnumSet.of(FIREARM_MODEL), "the model of a firearm (or of a batch)"),
	SOLD_BY(EnumSet.of(PURCHASE), EnumSet.of(DEALER), "the licensed dealer that made the sale"),
	BOUGHT_BY(EnumSet.of(PURCHASE), EnumSet.of(PERSON, ORGANIZATION), "the buyer in a purchase (a straw buyer too)"),
	BOUGHT_FOR(EnumSet.of(PURCHASE), EnumSet.of(PERSON, ORGANIZATION),
			"the person or organization a straw purchase was made for"),
	INCLUDED(EnumSet.of(PURCHASE, TRAFFICKING, RECOVERY), EnumSet.of(FIREARM),
			"the firearms (one gun or a batch) an event involved"),
	TRAFFICKED_BY(EnumSet.of(TRAFFICKING), EnumSet.of(PERSON, ORGANIZATION), "who moved the guns"),
	CROSSED_AT(EnumSet.of(TRAFFICKING), EnumSet.of(PLACE), "the border crossing or port of a trafficking"),
	OCCURRED_IN(EnumSet.of(PURCHASE, TRAFFICKING, RECOVERY), EnumSet.of(PLACE, COUNTRY),
			"where an event happened (the store's town, the place of a seizure)"),
	RECOVERED_BY(EnumSet.of(RECOVERY), EnumSet.of(ORGANIZATION), "the agency that recovered or seized the guns"),
	TRACED_TO(EnumSet.of(FIREARM_TRACE), EnumSet.of(DEALER, PERSON),
			"a trace's answer: the first retail dealer and the first buyer"),
	TRACE_OF(EnumSet.of(FIREARM_TRACE), EnumSet.of(RECOVERY, FIREARM), "the recovered firearm a trace request was for"),
	CHARGED_UNDER(EnumSet.of(CRIMINAL_CASE), EnumSet.of(LAW),
			"a statute section a defendant was charged under (charges as 18 U.S.C. sections)"),
	PROSECUTED_BY(EnumSet.of(CRIMINAL_CASE), EnumSet.of(ORGANIZATION, PERSON),
			"the U.S. Attorney's Office or prosecutor of a case"),
	CONCERNS(EnumSet.of(CRIMINAL_CASE), EnumSet.of(PURCHASE, TRAFFICKING, RECOVERY, FIREARM_TRACE, DEALER),
			"the events (and the stores) a criminal case is about, as its record names them"),
	SUPPLIED(EnumSet.of(TRAFFICKING), EnumSet.of(ORGANIZATION), "a criminal organization the guns were for"),
	// What FollowTheMoney data says in words the fixed relations do not have: a party
	// to a case in another role ("witness", "intervenor"), a link of any other kind
	// ("associate", "brother"), a sanction on an actor. The role is kept as written.
	PARTY_IN(actors(), EnumSet.of(LAWSUIT, CRIMINAL_CASE),
			"a party to a case in a role other than plaintiff, defendant, petitioner, respondent or judge", "role"),
	ASSOCIATED_WITH(linkable(), linkable(), "a link of another kind between two actors or cases, named by its role",
			"role"),
	IMPOSED_ON(EnumSet.of(SANCTION), actors(), "a sanction and the actor it is imposed on");

	private final Set<NodeType> from;

	private final Set<NodeType> to;

	private final String meaning;

	private final Set<String> attributes;

	RelationType(Set<NodeType> from, Set<NodeType> to, String meaning, String... attributes) {
		this.from = from;
		this.to = to;
		this.meaning = meaning;
		this.attributes = Set.of(attributes);
	}

	private static Set<NodeType> actors() {
		return EnumSet.of(MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION, PERSON, COUNTRY);
	}

	private static Set<NodeType> linkable() {
		return EnumSet.of(MANUFACTURER, DISTRIBUTOR, DEALER, IMPORTER, ORGANIZATION, PERSON, LAWSUIT);
	}

	/**
	 * The text properties a relationship of this type may carry besides its evidence (the
	 * role of an office, the percentage owned): the allow-list importers write them from.
	 */
	public Set<String> attributes() {
		return attributes;
	}

	public Set<NodeType> from() {
		return from;
	}

	public Set<NodeType> to() {
		return to;
	}

	public String meaning() {
		return meaning;
	}

	public boolean connects(NodeType start, NodeType end) {
		return from.contains(start) && to.contains(end);
	}

	/**
	 * Why this type cannot go from {@code start} to {@code end}, or empty when it can:
	 * the one wording the curated loader and every importer report, e.g. "SUPPLIES does
	 * not connect a Dealer to a Dealer (it connects Distributor/Importer/Manufacturer to
	 * Dealer/Distributor/Importer)".
	 */
	public Optional<String> refusal(NodeType start, NodeType end) {
		if (connects(start, end)) {
			return Optional.empty();
		}
		return Optional.of(name() + " does not connect " + NodeType.withArticle(start.label()) + " to "
				+ NodeType.withArticle(end.label()) + " (it connects " + NodeType.labels(from) + " to "
				+ NodeType.labels(to) + ")");
	}

	public static Optional<RelationType> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		var normalized = name.trim().toUpperCase().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(t -> t.name().equals(normalized)).findFirst();
	}

}
