package org.ironriver.entity;

import java.util.ArrayList;
import java.util.List;

import org.ironriver.evidence.NodeView;
import org.ironriver.export.ExportFormat;
import org.ironriver.export.Rendered;
import org.ironriver.export.ReportItem;
import org.ironriver.export.ReportService;
import org.ironriver.export.Subgraph;
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
			var step = new ReportItem.Step(centre.id(), centre.name(), n.relationship().type(), out, n.node().id(),
					n.node().name(), n.relationship().evidence());
			items.add(new ReportItem(n.relationship().type() + " (" + n.direction() + "): " + n.node().name(),
					List.of(step)));
		}
		var nodes = new ArrayList<NodeView>();
		nodes.add(centre);
		answer.neighbours().forEach(n -> nodes.add(n.node()));
		var subgraph = Subgraph.of(nodes,
				answer.neighbours().stream().map(NeighbourhoodAnswer.Neighbour::relationship).toList());
		return reports.render(format, "Neighbourhood of " + centre.name() + " (" + centre.id() + ")", "neighbourhood",
				answer.query(), items, subgraph, "neighbourhood-" + centre.id());
	}

}
