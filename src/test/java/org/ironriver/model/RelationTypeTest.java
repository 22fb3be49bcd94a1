package org.ironriver.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationTypeTest {

	@Test
	void a_relation_between_the_types_it_connects_has_no_refusal() {
		assertThat(RelationType.SUPPLIES.refusal(NodeType.MANUFACTURER, NodeType.DISTRIBUTOR)).isEmpty();
		assertThat(RelationType.SAME_AS.refusal(NodeType.CLAIM, NodeType.COURT)).isEmpty();
	}

	@Test
	void a_relation_between_other_types_is_refused_with_what_it_does_connect() {
		assertThat(RelationType.SUPPLIES.refusal(NodeType.DEALER, NodeType.DEALER))
			.hasValue("SUPPLIES does not connect a Dealer to a Dealer "
					+ "(it connects Distributor/Importer/Manufacturer to Dealer/Distributor/Importer)");
		assertThat(RelationType.ABOUT.refusal(NodeType.INITIATIVE, NodeType.LAW))
			.hasValue("ABOUT does not connect an Initiative to a Law (it connects Claim to anything)");
	}

}
