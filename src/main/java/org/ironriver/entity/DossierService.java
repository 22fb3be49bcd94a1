package org.ironriver.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ironriver.entity.Dossier.Group;
import org.ironriver.entity.Dossier.Section;
import org.ironriver.entity.Dossier.Statement;
import org.ironriver.evidence.EvidenceView;
import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.PartialDate;
import org.ironriver.evidence.SourceView;
import org.ironriver.claims.ContradictionsAnswer.ClaimSide;
import org.ironriver.claims.ContradictionsService;
import org.ironriver.litigation.LitigationService;
import org.ironriver.model.HopKind;
import org.ironriver.model.NodeType;
import org.ironriver.export.ReportService;
import org.springframework.stereotype.Service;

/**
 * Assembles an entity's dossier from the services that answer each part (the entity with
 * its relationships, its cases, its timeline, the disagreements about it), numbering
 * every source once, in the order it is first cited.
 */
@Service
class DossierService {

	private final EntityService entities;

	private final LitigationService litigation;

	private final TimelineService timelines;

	private final ContradictionsService contradictions;

	private final ReportService reports;

	DossierService(EntityService entities, LitigationService litigation, TimelineService timelines,
			ContradictionsService contradictions, ReportService reports) {
		this.entities = entities;
		this.litigation = litigation;
		this.timelines = timelines;
		this.contradictions = contradictions;
		this.reports = reports;
	}

	Dossier dossier(String id) {
		var view = entities.find(id);
		var entity = view.entity();
		var citations = new Citations();
		var sections = new ArrayList<Section>();
		// A cluster answers as one entity (docs/resolution.md): the canonical entity is
		// the
		// subject, and its cases, timeline and disagreements are every member's.
		var members = view.members();
		sections.add(identity(entity, members));
		sections.add(relationships(view, citations));
		sections.add(NodeType.LAWSUIT.label().equals(entity.type()) ? appealChain(entity.id(), citations)
				: cases(members, citations));
		sections.add(timeline(entity.id(), citations));
		sections.add(disagreements(members, citations));
		var version = reports.dataVersion();
		var generated = List.of(
				"Generated " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
						+ " from data version " + version.curatedChecksum()
						+ (version.latestImport() == null ? "" : ", latest import " + version.latestImport()),
				"Again: GET /api/entities/" + id + "/dossier?format=md (or html, pdf)",
				"Every statement cites its sources [n], listed at the end; dates are as the sources give them "
						+ "(a month or a year where that is all they say).");
		return new Dossier(entity.name() == null ? entity.id() : entity.name(), entity.type() + " · " + entity.id(),
				generated, sections, citations.sources());
	}

	/**
	 * The node's own record. It carries no per-property source in the model, so it says
	 * where it was recorded (the curated dataset or an import) rather than cite one.
	 */
	private static Section identity(NodeView entity, List<String> members) {
		var statements = new ArrayList<Statement>();
		statements.add(new Statement("Name: " + entity.name(), List.of(), List.of()));
		statements.add(new Statement("Type: " + entity.type() + "; id: " + entity.id(), List.of(), List.of()));
		if (members.size() > 1) {
			statements.add(new Statement(
					"Judged the same as: "
							+ String.join("; ", members.stream().filter(m -> !m.equals(entity.id())).toList())
							+ " (one cluster; their relationships, cases and dates are included)",
					List.of(), List.of()));
		}
		var properties = entity.properties();
		if (properties.get("aliases") instanceof List<?> aliases && !aliases.isEmpty()) {
			statements.add(
					new Statement("Also known as: " + String.join("; ", aliases.stream().map(String::valueOf).toList()),
							List.of(), List.of()));
		}
		for (var property : new TreeMap<>(properties).entrySet()) {
			var key = property.getKey();
			if (key.equals("aliases") || key.endsWith("Text") || key.equals("externalIds")) {
				continue;
			}
			var value = property.getValue() instanceof LocalDate date
					? PartialDate.asWritten(date, (String) properties.get(key + "Text")) : property.getValue();
			if (value instanceof List<?> list) {
				value = String.join("; ", list.stream().map(String::valueOf).toList());
			}
			statements.add(new Statement(key + ": " + value, List.of(), List.of()));
		}
		return new Section("Identity",
				"As recorded in ironriver's data (the curated dataset or an import). The model keeps no source per "
						+ "property, so these lines cite none; every fact below cites its sources.",
				List.of(new Group(null, statements)));
	}

	private static Section relationships(EntityView view, Citations citations) {
		var byType = new LinkedHashMap<String, List<Statement>>();
		for (var connection : view.relationships()) {
			var relationship = connection.relationship();
			boolean outgoing = connection.direction().equals("outgoing");
			var other = connection.other();
			var text = (outgoing ? "→ " : "← ") + label(other) + " — "
					+ HopKind.of(relationship.type(), view.entity().type(), other.type()).label();
			byType
				.computeIfAbsent(relationship.type() + (outgoing ? " (outgoing)" : " (incoming)"),
						k -> new ArrayList<>())
				.add(statement(text, relationship.evidence(), citations, other));
		}
		var groups = byType.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
		var note = "Each relationship with its evidence, grouped by type; case evidence is a sourced fact about "
				+ "these parties, context a statistic or a claim (true of the pattern, not proof about them)."
				+ (view.truncated() ? " The entity has " + view.degree() + " relationships; the first "
						+ view.relationships().size() + " are shown (page the rest with /api/entities/"
						+ view.entity().id() + "/neighbourhood)." : "");
		return new Section("Relationships", note, groups);
	}

	private Section cases(List<String> members, Citations citations) {
		var groups = new ArrayList<Group>();
		var lawsuits = members.stream().flatMap(member -> litigation.lawsuits(member).lawsuits().stream()).toList();
		for (var lawsuit : lawsuits) {
			var statements = new ArrayList<Statement>();
			var properties = lawsuit.lawsuit().properties();
			statements.add(statement("Party as " + lawsuit.role() + docket(properties),
					lawsuit.roleEvidence().evidence(), citations, null));
			for (var ruling : lawsuit.rulings()) {
				statements.add(statement(ruling(ruling.ruling()), ruling.relationship().evidence(), citations, null));
			}
			groups.add(new Group(label(lawsuit.lawsuit()), statements));
		}
		return new Section("Cases", groups.isEmpty() ? "Not a party to any case in the graph." : null, groups);
	}

	/**
	 * A case's own dossier: the case and the cases it reviews, level by level, with their
	 * rulings.
	 */
	private Section appealChain(String id, Citations citations) {
		var groups = new ArrayList<Group>();
		for (var level : litigation.appealChain(id).chain()) {
			var statements = new ArrayList<Statement>();
			if (level.reviewedBy() != null) {
				statements.add(statement("Reviewed by the level above (REVIEWS)", level.reviewedBy().evidence(),
						citations, null));
			}
			for (var ruling : level.rulings()) {
				statements.add(statement(ruling(ruling.ruling()), ruling.relationship().evidence(), citations, null));
			}
			groups.add(new Group(
					"Level " + level.level() + ": " + label(level.lawsuit()) + docket(level.lawsuit().properties()),
					statements));
		}
		return new Section("Cases", "The appeal chain from this case down through the cases it reviews.", groups);
	}

	private static String ruling(NodeView r) {
		var date = r.properties().get("date") instanceof LocalDate d
				? PartialDate.asWritten(d, (String) r.properties().get("dateText")) : null;
		return "Ruling: " + label(r) + (date == null ? "" : ", " + date)
				+ (r.properties().get("citation") == null ? "" : ", " + r.properties().get("citation"))
				+ (r.properties().get("outcome") == null ? "" : " — " + r.properties().get("outcome"));
	}

	private Section timeline(String id, Citations citations) {
		var statements = new ArrayList<Statement>();
		for (var event : timelines.timeline(id).events()) {
			var happened = PartialDate.asWritten(event.happened(), event.happenedText());
			var text = (happened == null ? "undated" : happened) + ": " + event.event() + " — "
					+ (event.subjectName() == null ? event.subjectId() : event.subjectName());
			if (event.evidence() == null) {
				statements.add(new Statement(text, List.of("no source reports this date in the graph"), List.of()));
			}
			else {
				statements.add(statement(text, event.evidence().evidence(), citations, null));
			}
		}
		return new Section("Timeline", statements.isEmpty() ? "No dated event." : null,
				statements.isEmpty() ? List.of() : List.of(new Group(null, statements)));
	}

	private Section disagreements(List<String> members, Citations citations) {
		var groups = new ArrayList<Group>();
		var found = members.stream()
			.flatMap(member -> contradictions.contradictions(member).contradictions().stream())
			.distinct()
			.toList();
		for (var c : found) {
			var statements = new ArrayList<Statement>();
			statements.add(claim(c.claim(), citations));
			statements.add(claim(c.otherClaim(), citations));
			var why = c.relationship().evidence();
			statements.add(new Statement("Why they differ" + (why.withoutQuote() ? "" : ": " + why.quote()), List.of(),
					citations.cite(why.sources())));
			var topic = c.claim().claim().properties().get("topic");
			groups.add(new Group(topic == null ? c.claim().claim().id() : "Topic: " + topic, statements));
		}
		return new Section("Disagreements", groups.isEmpty() ? "No source in the graph disagrees with another about it."
				: "Claims that cannot both be true, each side with the sources that assert it.", groups);
	}

	private static Statement claim(ClaimSide side, Citations citations) {
		var claim = side.claim();
		var statement = claim.properties().get("statement");
		var value = claim.properties().get("value");
		return new Statement("Claim: " + (statement == null ? claim.name() : statement)
				+ (value == null ? "" : " (value " + value + ")"), List.of(), citations.cite(side.sources()));
	}

	private static Statement statement(String text, EvidenceView e, Citations citations, NodeView other) {
		var details = new ArrayList<String>();
		details.add(e.withoutQuote() ? "no quote in source" : "“" + e.quote() + "”");
		if (e.locator() != null) {
			details.add("at " + e.locator());
		}
		if (e.validFrom() != null || e.validTo() != null) {
			details.add("valid " + (e.validFrom() == null ? "?" : e.validFromAsWritten()) + " to "
					+ (e.validTo() == null ? "now" : e.validToAsWritten()));
		}
		if (e.assertedOn() != null) {
			details.add("reported " + e.assertedOnAsWritten());
		}
		if (e.confidence() != null) {
			details.add("confidence " + e.confidence());
		}
		if (other != null && other.properties().get("caveat") instanceof String caveat) {
			details.add("caveat: " + caveat);
		}
		return new Statement(text, details, citations.cite(e.sources()));
	}

	private static String label(NodeView node) {
		return (node.name() == null ? node.id() : node.name()) + " (" + node.type() + ", " + node.id() + ")";
	}

	private static String docket(Map<String, Object> lawsuit) {
		return lawsuit.get("docketNumber") == null ? "" : ", docket " + lawsuit.get("docketNumber");
	}

	/** Numbers sources from 1 in the order they are first cited. */
	static final class Citations {

		private final Map<String, Integer> numbers = new LinkedHashMap<>();

		private final List<SourceView> sources = new ArrayList<>();

		List<Integer> cite(List<SourceView> cited) {
			var result = new ArrayList<Integer>();
			for (var source : cited) {
				var number = numbers.computeIfAbsent(source.id(), k -> {
					sources.add(source);
					return sources.size();
				});
				if (!result.contains(number)) {
					result.add(number);
				}
			}
			return result;
		}

		List<SourceView> sources() {
			return List.copyOf(sources);
		}

	}

}
