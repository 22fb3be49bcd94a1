package org.ironriver.export;

import org.ironriver.queries.ExecutedQuery;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.evidence.EvidenceView;
import org.ironriver.evidence.SourceView;
import org.ironriver.queries.QueryLibrary;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders an answer as a report (receipt) or exports its subgraph, in any
 * {@link ExportFormat}.
 */
@Service
public class ReportService {

	/**
	 * Without the API's non-null inclusion: a receipt's parameters keep their nulls, or
	 * the query would not run.
	 */
	private static final JsonMapper PARAMETERS_JSON = JsonMapper.builder().build();

	private final Neo4jSessions sessions;

	private final QueryLibrary library;

	private final JsonMapper json;

	ReportService(Neo4jSessions sessions, QueryLibrary library, JsonMapper json) {
		this.sessions = sessions;
		this.library = library;
		this.json = json;
	}

	/**
	 * The curated dataset's checksum and the latest import: the "data version" a receipt
	 * cites.
	 */
	public DataVersion dataVersion() {
		return sessions.read(tx -> {
			var r = tx.run(library.get("graph-version").cypher()).single();
			return new DataVersion(r.get("curatedChecksum").asString(null), r.get("curatedLoadedAt").asString(null),
					r.get("importId").asString(null));
		});
	}

	/**
	 * @param stem the file name stem, e.g. "trace-spragues-sports-MX"
	 * @param items the answer's paths or neighbours, for the report formats
	 * @param subgraph the answer's nodes and relationships, for the export formats
	 */
	public Rendered render(ExportFormat format, String title, String kind, ExecutedQuery query, List<ReportItem> items,
			Subgraph subgraph, String stem) {
		byte[] bytes = switch (format) {
			case REPORT_JSON ->
				json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report(title, kind, query, items, subgraph));
			case REPORT_MD -> markdown(report(title, kind, query, items, subgraph)).getBytes(StandardCharsets.UTF_8);
			case JSON -> SubgraphExporter.json(subgraph, json);
			case CSV -> SubgraphExporter.csvZip(subgraph);
			case GRAPHML -> SubgraphExporter.graphml(subgraph);
			case CYPHER -> SubgraphExporter.cypher(subgraph,
					title + "\nproduced by the library query " + query.name() + " with "
							+ PARAMETERS_JSON.writeValueAsString(query.parameters()) + "\nexported " + now()
							+ " from data version " + dataVersion());
		};
		return new Rendered(bytes, format.contentType(), format.fileName(stem));
	}

	public Report report(String title, String kind, ExecutedQuery query, List<ReportItem> items, Subgraph subgraph) {
		return new Report(title, kind, now(), dataVersion(), query, items, subgraph.sources());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	String markdown(Report report) {
		var md = new StringBuilder();
		md.append("# ").append(report.title()).append("\n\n");
		md.append("- Generated: ").append(report.generatedAt()).append('\n');
		var v = report.dataVersion();
		md.append("- Data version: curated dataset `").append(v.curatedChecksum()).append('`');
		if (v.curatedLoadedAt() != null) {
			md.append(" (loaded ").append(v.curatedLoadedAt()).append(')');
		}
		md.append(", latest import: ")
			.append(v.latestImport() == null ? "none" : "`" + v.latestImport() + "`")
			.append('\n');
		md.append("- Query: `")
			.append(report.query().name())
			.append("` (cypher/queries/")
			.append(report.query().name())
			.append(".cypher)\n\n");
		md.append("## Query\n\n```cypher\n")
			.append(report.query().cypher())
			.append("\n```\n\nParameters:\n\n```json\n")
			.append(PARAMETERS_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.query().parameters()))
			.append("\n```\n\n");
		md.append("## Results (").append(report.items().size()).append(")\n\n");
		if (report.items().isEmpty()) {
			md.append("No result.\n\n");
		}
		var numbers = new java.util.HashMap<String, Integer>();
		for (int i = 0; i < report.sources().size(); i++) {
			numbers.put(report.sources().get(i).id(), i + 1);
		}
		for (var item : report.items()) {
			md.append("### ").append(item.heading()).append("\n\n");
			int n = 1;
			for (var step : item.steps()) {
				var arrow = step.forward() ? " -[" + step.type() + "]-> " : " <-[" + step.type() + "]- ";
				md.append(n++)
					.append(". **")
					.append(escape(step.fromName()))
					.append("** (`")
					.append(step.fromId())
					.append("`)")
					.append(arrow)
					.append("**")
					.append(escape(step.toName()))
					.append("** (`")
					.append(step.toId())
					.append("`)\n");
				md.append(evidence(step.evidence(), numbers));
			}
			md.append('\n');
		}
		md.append("## Sources\n\n");
		for (var s : report.sources()) {
			md.append(numbers.get(s.id())).append(". `").append(s.id()).append("` ").append(escape(s.title()));
			if (s.publisher() != null) {
				md.append(". ").append(escape(s.publisher()));
			}
			if (s.published() != null) {
				md.append(", ").append(s.published());
			}
			if (s.url() != null) {
				md.append(". <").append(s.url()).append('>');
			}
			md.append('\n');
		}
		return md.toString();
	}

	private static String evidence(EvidenceView e, Map<String, Integer> numbers) {
		var line = new StringBuilder("   - Evidence: sources ");
		line.append(e.sources()
			.stream()
			.map(s -> "[" + numbers.get(s.id()) + "] " + s.id())
			.collect(Collectors.joining(", ")));
		if (e.quote() != null) {
			line.append("; quote: \"").append(escape(e.quote())).append('"');
		}
		if (e.locator() != null) {
			line.append("; at ").append(escape(e.locator()));
		}
		if (e.validFrom() != null || e.validTo() != null) {
			line.append("; valid ")
				.append(e.validFrom() == null ? "?" : e.validFrom())
				.append(" to ")
				.append(e.validTo() == null ? "now" : e.validTo());
		}
		if (e.assertedOn() != null) {
			line.append("; reported ").append(e.assertedOn());
		}
		if (e.confidence() != null) {
			line.append("; confidence ").append(e.confidence());
		}
		return line.append('\n').toString();
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
	}

}
