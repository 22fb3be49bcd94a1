package org.ironriver.litigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ironriver.evidence.GraphViews;
import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.evidence.SourceView;
import org.ironriver.litigation.AppealChainAnswer.AppealLevel;
import org.ironriver.queries.QueryLibrary;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

/**
 * The one reading of the appeal-chain query, for the appeal-chain endpoint and the case
 * overview alike: its rows from the court of first instance up, the relationships whose
 * sources they cite, and the levels as views.
 */
final class AppealChain {

	static final String QUERY = "appeal-chain";

	private final List<Record> levels;

	private AppealChain(List<Record> levels) {
		this.levels = levels;
	}

	static AppealChain read(TransactionContext tx, QueryLibrary library, String caseId) {
		var rows = new ArrayList<>(tx.run(library.get(QUERY).cypher(), Map.of("case", caseId)).list());
		rows.sort(Comparator.comparingInt(r -> r.get("level").asInt()));
		return new AppealChain(rows);
	}

	/** The REVIEWS and RULING_IN relationships of the chain, to resolve their sources. */
	List<Relationship> relationships() {
		var relationships = new ArrayList<Relationship>(GraphViews.relationships(levels, "reviewedBy"));
		levels.forEach(r -> r.get("rulingEvidence").asList(Value::asMap).forEach(m -> {
			if (m.get("relationship") instanceof Relationship relationship) {
				relationships.add(relationship);
			}
		}));
		return relationships;
	}

	List<AppealLevel> levels(Map<String, SourceView> sources) {
		return levels.stream()
			.map(r -> new AppealLevel(r.get("level").asInt(), GraphViews.node(r.get("lawsuit").asNode()),
					rulings(r.get("rulingEvidence"), r.get("case").asString(), sources), reviewedBy(r, sources)))
			.toList();
	}

	/**
	 * The REVIEWS relationships from the first instance up, each from the reviewing case
	 * to the reviewed one.
	 */
	List<RelationshipView> links(Map<String, SourceView> sources) {
		return levels.stream().map(r -> reviewedBy(r, sources)).filter(v -> v != null).toList();
	}

	private static RelationshipView reviewedBy(Record r, Map<String, SourceView> sources) {
		return r.get("reviewedBy").isNull() ? null : GraphViews.relationship(r.get("reviewedBy").asRelationship(),
				r.get("reviewedById").asString(), r.get("case").asString(), sources);
	}

	static List<RulingEntry> rulings(Value list, String lawsuitId, Map<String, SourceView> sources) {
		return list.asList(m -> {
			var ruling = m.get("ruling").asNode();
			return new RulingEntry(GraphViews.node(ruling), GraphViews
				.relationship(m.get("relationship").asRelationship(), ruling.get("id").asString(), lawsuitId, sources));
		});
	}

	List<NodeView> cases() {
		return levels.stream().map(r -> GraphViews.node(r.get("lawsuit").asNode())).toList();
	}

}
