package org.ironriver.entity;

import java.util.ArrayList;
import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.export.ExportFormat;
import org.ironriver.export.Rendered;
import org.ironriver.export.ReportItem;
import org.ironriver.export.ReportService;
import org.ironriver.export.Subgraph;
import org.ironriver.export.Rerun;
import org.springframework.stereotype.Component;

/**
 * A neighbourhood page as a report (one item per neighbour) or as an export of its
 * star-shaped subgraph.
 */
@Component
public class NeighbourhoodExports {

	private final ReportService reports;

	NeighbourhoodExports(ReportService reports) {
		this.reports = reports;
	}

	public Rendered render(NeighbourhoodAnswer answer, ExportFormat format) {
		var centre = answer.entity();
		var items = new ArrayList<ReportItem>();
		for (var n : answer.neighbours()) {
			boolean out = n.direction().equals("out");
			var step = ReportItem.Step.between(centre, n.node(), n.relationship().type(), out,
					n.relationship().evidence());
			items.add(new ReportItem(n.relationship().type() + " (" + n.direction() + "): " + n.node().name(),
					List.of(step)));
		}
		var nodes = new ArrayList<NodeView>();
		nodes.add(centre);
		// a cluster's other members, whose relationships these are too
		nodes.addAll(answer.memberNodes());
		answer.neighbours().forEach(n -> nodes.add(n.node()));
		var subgraph = Subgraph.of(nodes,
				answer.neighbours().stream().map(NeighbourhoodAnswer.Neighbour::relationship).toList());
		return reports.render(format, "Neighbourhood of " + centre.name() + " (" + centre.id() + ")", "neighbourhood",
				answer.query(), rerun(answer, format), items, subgraph, "neighbourhood-" + centre.id());
	}

	/**
	 * The same neighbours again: the API request and the {@code ironriver export} command
	 * for the first page (a later page is reached through the answer's cursor).
	 */
	@SuppressWarnings("unchecked")
	static Rerun rerun(NeighbourhoodAnswer answer, ExportFormat format) {
		var parameters = answer.query().parameters();
		var id = answer.entity().id();
		var api = new StringBuilder("/api/entities/").append(Rerun.encode(id)).append("/neighbourhood?");
		var command = new StringBuilder("ironriver export neighbourhood --entity ").append(Rerun.quote(id));
		if (parameters.get("types") instanceof List<?> types && !types.isEmpty()) {
			var joined = String.join(",", (List<String>) types);
			api.append("types=").append(Rerun.encode(joined)).append('&');
			command.append(" --types ").append(Rerun.quote(joined));
		}
		if (parameters.get("direction") != null) {
			api.append("direction=").append(parameters.get("direction")).append('&');
			command.append(" --direction ").append(parameters.get("direction"));
		}
		if (parameters.get("perHubCap") != null) {
			api.append("perHubCap=").append(parameters.get("perHubCap")).append('&');
			command.append(" --per-hub-cap ").append(parameters.get("perHubCap"));
		}
		if (parameters.get("limit") instanceof Number limit) {
			// the query asks for one row more than the page, to tell whether there is
			// another
			int page = limit.intValue() - 1;
			api.append("limit=").append(page).append('&');
			command.append(" --limit ").append(page);
		}
		api.append("format=").append(format.formatName());
		command.append(" --format ").append(format.formatName());
		return new Rerun(api.toString(), command.toString());
	}

}
