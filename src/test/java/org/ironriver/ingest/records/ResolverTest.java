package org.ironriver.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.graph.GraphWriter;
import org.ironriver.graph.NodeRecord;
import org.ironriver.ingest.RowError;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.support.ImportedData;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the record importers find what a row names, on the real database with a few
 * entities of its own beside the curated graph: by id, by normalized name and type, by
 * another tool's id matched by name; and which rows it refuses, with the reason.
 */
@IntegrationTest
class ResolverTest {

	static final String ORIGIN = "import-test-resolver";

	@Autowired
	Neo4jSessions sessions;

	@BeforeEach
	void seed() {
		sessions.transport().write(tx -> {
			GraphWriter.upsertNodes(tx,
					List.of(node("resolver-guns", NodeType.DEALER, "Resolver Test Guns LLC"),
							node("resolver-twin-1", NodeType.ORGANIZATION, "Resolver Twin Society"),
							node("resolver-twin-2", NodeType.ORGANIZATION, "Resolver Twin Society"),
							node("resolver-holding", NodeType.ORGANIZATION, "Resolver Holding Group")),
					ORIGIN, "1");
			return null;
		});
	}

	@AfterEach
	void remove() {
		ImportedData.remove(sessions);
	}

	static NodeRecord node(String id, NodeType type, String name) {
		return new NodeRecord(id, type, name, List.of(), Map.of());
	}

	Resolver.Result resolve(RowPlan... plans) {
		return sessions.transport().read(tx -> Resolver.resolve(tx, "rows.csv", List.of(plans), key -> null));
	}

	static RowPlan plan(long line, List<RowPlan.EntityRef> entities, RowPlan.Link... links) {
		return new RowPlan(line, entities, List.of(), List.of(), List.of(links));
	}

	static RowPlan.Link link(String from, RelationType type, String to) {
		return new RowPlan.Link(from, type, to, List.of("https://example.org/resolver"), null, null, null, null, null,
				null, "relation");
	}

	@Test
	void an_entity_given_by_id_is_the_node_with_that_id_and_keeps_its_type() {
		var row = plan(2,
				List.of(RowPlan.EntityRef.of("subject", "resolver-guns", NodeType.DEALER, null, "subject_id")));

		var result = resolve(row);

		assertThat(result.errors()).isEmpty();
		assertThat(result.entities().get(row)).containsEntry("subject",
				new Resolver.Resolved("resolver-guns", NodeType.DEALER, false, null));
	}

	@Test
	void an_entity_given_by_name_is_the_one_node_of_its_type_with_the_same_normalized_name() {
		var row = plan(2, List
			.of(RowPlan.EntityRef.of("subject", null, NodeType.DEALER, "RESOLVER TEST GUNS, LLC.", "subject_name")));

		var result = resolve(row);

		assertThat(result.errors()).isEmpty();
		assertThat(result.entities().get(row).get("subject").id()).isEqualTo("resolver-guns");
		assertThat(result.entities().get(row).get("subject").create()).isFalse();
	}

	@Test
	void a_name_nothing_has_is_created_once_under_its_derived_id_however_many_rows_name_it() {
		var name = "Resolver Newcomer Arms";
		var first = plan(2, List.of(RowPlan.EntityRef.of("subject", null, NodeType.DEALER, name, "subject_name")));
		var second = plan(3, List
			.of(RowPlan.EntityRef.of("subject", null, NodeType.DEALER, "resolver newcomer arms", "subject_name")));

		var result = resolve(first, second);

		assertThat(result.errors()).isEmpty();
		var created = result.entities().get(first).get("subject");
		assertThat(created.id()).isEqualTo(Names.entityId(NodeType.DEALER, name));
		assertThat(created.create()).isTrue();
		assertThat(result.entities().get(second).get("subject"))
			.isEqualTo(new Resolver.Resolved(created.id(), NodeType.DEALER, false, null));
	}

	@Test
	void a_name_two_entities_share_is_refused_with_both_ids() {
		var row = plan(4, List
			.of(RowPlan.EntityRef.of("object", null, NodeType.ORGANIZATION, "Resolver Twin Society", "object_name")));

		var result = resolve(row);

		assertThat(result.entities()).doesNotContainKey(row);
		assertThat(result.errors()).extracting(RowError::toString)
			.containsExactly("rows.csv:4: column object_name: 'Resolver Twin Society' names 2 Organization entities "
					+ "(resolver-twin-1, resolver-twin-2); give the id");
	}

	@Test
	void an_id_of_another_type_in_the_graph_is_refused() {
		var row = plan(5,
				List.of(RowPlan.EntityRef.of("subject", "resolver-guns", NodeType.PERSON, null, "subject_id")));

		var result = resolve(row);

		assertThat(result.errors()).extracting(RowError::toString)
			.containsExactly("rows.csv:5: column subject_id: 'resolver-guns' is a Dealer in the graph, not a Person");
	}

	@Test
	void a_relation_is_checked_against_the_types_the_entities_have_in_the_graph() {
		// the row names both ends by id only: their types are what the graph says
		var row = plan(6, List.of(
				new RowPlan.EntityRef("from", "resolver-guns", null, Set.of(), null, "from", Map.of(), List.of()),
				new RowPlan.EntityRef("to", "resolver-holding", null, Set.of(), null, "to", Map.of(), List.of())),
				link("from", RelationType.SUPPLIES, "to"));

		var result = resolve(row);

		assertThat(result.errors()).singleElement()
			.satisfies(e -> assertThat(e.toString())
				.startsWith("rows.csv:6: column relation: SUPPLIES does not connect a Dealer to an Organization"));
	}

	@Test
	void another_tools_entity_matched_by_name_is_the_existing_node_and_brings_its_own_id() {
		var ftm = new RowPlan.EntityRef("ftm-holding-1", "ftm-holding-1", NodeType.ORGANIZATION,
				Set.of(NodeType.ORGANIZATION), "Resolver Holding Group", "id", Map.of(), List.of(), true);
		var row = plan(7, List.of(ftm));

		var result = resolve(row);

		assertThat(result.errors()).isEmpty();
		assertThat(result.entities().get(row)).containsEntry("ftm-holding-1",
				new Resolver.Resolved("resolver-holding", NodeType.ORGANIZATION, false, "ftm-holding-1"));
	}

	@Test
	void an_id_known_only_as_another_tools_id_finds_the_entity_it_was_matched_to() {
		sessions.transport()
			.write(tx -> tx.run("MATCH (n:Entity {id: 'resolver-holding'}) SET n.externalIds = ['ftm-holding-9']"));
		var row = plan(8, List.of(RowPlan.EntityRef.of("owner", "ftm-holding-9", null, null, "properties.owner")));

		var result = resolve(row);

		assertThat(result.errors()).isEmpty();
		assertThat(result.entities().get(row).get("owner").id()).isEqualTo("resolver-holding");
	}

}
