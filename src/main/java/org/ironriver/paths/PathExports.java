package org.ironriver.paths;

import java.util.ArrayList;
import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.export.ExportFormat;
import org.ironriver.export.Rendered;
import org.ironriver.export.ReportItem;
import org.ironriver.export.ReportService;
import org.ironriver.export.Subgraph;
import org.springframework.stereotype.Component;

/**
 * A path answer as a report or an export: its paths as report items, its nodes and hops
 * as a subgraph.
 */
@Component
public class PathExports {

	private final ReportService reports;

	PathExports(ReportService reports) {
		this.reports = reports;
	}

	public Rendered render(PathsAnswer answer, ExportFormat format) {
		var title = switch (answer.kind()) {
			case "trace" -> "Trace from " + answer.from() + " to " + answer.to()
					+ (answer.asOf() == null ? "" : " as of " + answer.asOf());
			case "shortest-paths" -> "Shortest paths between " + answer.from() + " and " + answer.to();
			default -> "Paths between " + answer.from() + " and " + answer.to();
		} + " (at most " + answer.maxHops() + " hops)";
		return reports.render(format, title, answer.kind(), answer.query(), items(answer), subgraph(answer),
				answer.kind() + "-" + answer.from() + "-" + answer.to());
	}

	static List<ReportItem> items(PathsAnswer answer) {
		var items = new ArrayList<ReportItem>();
		int i = 1;
		for (var path : answer.paths()) {
			var names = new java.util.HashMap<String, String>();
			path.nodes().forEach(n -> names.put(n.id(), n.name()));
			var steps = path.hops()
				.stream()
				.map(h -> new ReportItem.Step(h.from(), names.get(h.from()), h.relationship().type(), h.forward(),
						h.to(), names.get(h.to()), h.relationship().evidence()))
				.toList();
			items.add(new ReportItem(String.format("Path %d: %d hops, score %.3f, %d sources%s", i++, path.length(),
					path.score(), path.sourceCount(), path.current() ? "" : " (a hop has ended)"), steps));
		}
		return items;
	}

	static Subgraph subgraph(PathsAnswer answer) {
		var nodes = new ArrayList<NodeView>();
		var relationships = new ArrayList<RelationshipView>();
		for (var path : answer.paths()) {
			nodes.addAll(path.nodes());
			path.hops().forEach(h -> relationships.add(h.relationship()));
		}
		return Subgraph.of(nodes, relationships);
	}

}
