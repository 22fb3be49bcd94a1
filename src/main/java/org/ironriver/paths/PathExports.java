package org.ironriver.paths;

import java.util.ArrayList;
import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.evidence.RelationshipView;
import org.ironriver.export.ExportFormat;
import org.ironriver.export.Rendered;
import org.ironriver.export.ReportItem;
import org.ironriver.export.ReportService;
import org.ironriver.export.Rerun;
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
		return reports.render(format, title, answer.kind(), answer.query(), rerun(answer, format), items(answer),
				subgraph(answer), answer.kind() + "-" + answer.from() + "-" + answer.to());
	}

	/**
	 * The same answer again: the API request and the {@code ironriver export} command.
	 */
	static Rerun rerun(PathsAnswer answer, ExportFormat format) {
		var limit = answer.query().parameters().get("limit");
		var api = new StringBuilder();
		var command = new StringBuilder("ironriver export ");
		switch (answer.kind()) {
			case "trace" -> {
				api.append("/api/trace?from=").append(Rerun.encode(answer.from()));
				api.append("&country=").append(Rerun.encode(answer.to()));
				command.append("trace --from ").append(Rerun.quote(answer.from()));
				command.append(" --country ").append(Rerun.quote(answer.to()));
			}
			default -> {
				api.append(answer.kind().equals("shortest-paths") ? "/api/paths/shortest" : "/api/paths");
				api.append("?from=").append(Rerun.encode(answer.from()));
				api.append("&to=").append(Rerun.encode(answer.to()));
				command.append(answer.kind().equals("shortest-paths") ? "shortest" : "paths");
				command.append(" --from ").append(Rerun.quote(answer.from()));
				command.append(" --to ").append(Rerun.quote(answer.to()));
			}
		}
		api.append("&maxHops=").append(answer.maxHops());
		command.append(" --max-hops ").append(answer.maxHops());
		if (answer.asOf() != null) {
			api.append("&asOf=").append(answer.asOf());
			command.append(" --as-of ").append(answer.asOf());
		}
		if (limit != null) {
			api.append("&limit=").append(limit);
			command.append(" --limit ").append(limit);
		}
		api.append("&format=").append(format.formatName());
		command.append(" --format ").append(format.formatName());
		return new Rerun(api.toString(), command.toString());
	}

	static List<ReportItem> items(PathsAnswer answer) {
		var items = new ArrayList<ReportItem>();
		int i = 1;
		for (var path : answer.paths()) {
			var steps = steps(path);
			items.add(new ReportItem(String.format("Path %d: %d hops, score %.3f, %d sources%s", i++, path.length(),
					path.score(), path.sourceCount(), path.current() ? "" : " (a hop has ended)"), steps));
		}
		int c = 1;
		for (var path : answer.context()) {
			items.add(new ReportItem(String.format(
					"Context %d: a published statistic about a place of %s, not evidence about it (%d sources)", c++,
					answer.from(), path.sourceCount()), steps(path)));
		}
		return items;
	}

	private static List<ReportItem.Step> steps(PathView path) {
		var nodes = new java.util.HashMap<String, NodeView>();
		path.nodes().forEach(n -> nodes.put(n.id(), n));
		return path.hops()
			.stream()
			.map(h -> ReportItem.Step.between(nodes.get(h.from()), nodes.get(h.to()), h.relationship().type(),
					h.forward(), h.relationship().evidence()))
			.toList();
	}

	static Subgraph subgraph(PathsAnswer answer) {
		var nodes = new ArrayList<NodeView>();
		var relationships = new ArrayList<RelationshipView>();
		for (var path : answer.paths()) {
			nodes.addAll(path.nodes());
			path.hops().forEach(h -> relationships.add(h.relationship()));
		}
		for (var path : answer.context()) {
			nodes.addAll(path.nodes());
			path.hops().forEach(h -> relationships.add(h.relationship()));
		}
		return Subgraph.of(nodes, relationships);
	}

}
