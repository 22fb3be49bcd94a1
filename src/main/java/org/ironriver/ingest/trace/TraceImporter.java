package org.ironriver.ingest.trace;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.evidence.PartialDate;
import org.ironriver.graph.NodeRecord;
import org.ironriver.ingest.GraphTarget;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.LongLineMap;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.records.Fields;
import org.ironriver.ingest.records.InputRecord;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RecordImporter;
import org.ironriver.ingest.records.RecordReader;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.ingest.records.Transactions;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;

/**
 * Imports trace statistics: each row one {@code FlowObservation} (metric, value, unit,
 * period, caveat) with
 * {@code (origin)-[:ORIGIN_OF]->(observation)-[:DESTINED_FOR]->(destination)}, both
 * relationships citing the row's source. The observation's id comes from destination,
 * origin, metric, period and source URL, so importing the same figures again finds the
 * same node and changes nothing; a corrected value updates it.
 */
public final class TraceImporter extends RecordImporter {

	public static final List<String> REQUIRED = List.of("destination", "origin", "metric", "value", "unit",
			"source_url", "caveat");

	public static final List<String> OPTIONAL = List.of("period", "year", "name", "source_title", "source_publisher",
			"source_date", "source_kind", "quote", "locator", "confidence");

	private static final Pattern METRIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private LongLineMap seen = new LongLineMap();

	public TraceImporter(GraphTarget target, Transactions transactions, Progress progress) {
		super(ImportKind.TRACE, target, transactions, progress);
	}

	@Override
	protected RecordReader.Format format() {
		return RecordReader.Format.CSV;
	}

	@Override
	protected List<String> requiredColumns() {
		return REQUIRED;
	}

	@Override
	protected String headerProblem(List<String> header) {
		if (!header.contains("period") && !header.contains("year")) {
			return "header: missing column period (or year)";
		}
		var unknown = header.stream().filter(c -> !REQUIRED.contains(c) && !OPTIONAL.contains(c)).toList();
		return unknown.isEmpty() ? null : "header: unknown column(s) " + String.join(", ", unknown);
	}

	@Override
	protected void reset() {
		seen = new LongLineMap();
	}

	/** A period: a year, month or day, or {@code start/end} of those. */
	record Period(String text, PartialDate start, PartialDate end) {
	}

	@Override
	protected RowPlan map(InputRecord record, int phase, Fields f) {
		var period = period(record, f);
		var destinationText = f.name("destination", record.get("destination"), true);
		RowPlan.EntityRef destination = null;
		if (destinationText != null) {
			destination = Places.country("destination", destinationText, "destination");
			if (destination == null) {
				f.error("destination", "'" + Fields.shorten(destinationText)
						+ "' is not a country (ISO 3166 code such as MX, or English name)");
			}
		}
		var originText = f.name("origin", record.get("origin"), true);
		RowPlan.EntityRef origin = null;
		if (originText != null) {
			origin = Places.state("origin", originText, "origin");
			if (origin == null) {
				origin = Places.country("origin", originText, "origin");
			}
			if (origin == null) {
				f.error("origin", "'" + Fields.shorten(originText)
						+ "' is neither a U.S. state (AZ, arizona) nor a country (MX, Mexico)");
			}
		}
		var metric = f.text("metric", record.get("metric"), true, 64);
		if (metric != null) {
			metric = metric.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
			if (!METRIC.matcher(metric).matches()) {
				f.error("metric", "'" + Fields.shorten(metric)
						+ "' is not a metric name (letters, digits and -, e.g. traced, us-sourced)");
				metric = null;
			}
		}
		Number value = null;
		var valueText = f.text("value", record.get("value"), true, 32);
		if (valueText != null) {
			try {
				double number = Double.parseDouble(valueText.replace("_", ""));
				if (!Double.isFinite(number) || number < 0) {
					f.error("value", "'" + valueText + "' is not a non-negative number");
				}
				else {
					value = number == Math.rint(number) && Math.abs(number) < 1e15 ? (Number) (long) number : number;
				}
			}
			catch (NumberFormatException ex) {
				f.error("value",
						"'" + Fields.shorten(valueText) + "' is not a number (write 1234.5, no thousands separators)");
			}
		}
		var unit = f.text("unit", record.get("unit"), true, 64);
		var url = f.url("source_url", record.get("source_url"), true);
		var caveat = f.text("caveat", record.get("caveat"), true, Fields.MAX_TEXT);
		var name = f.name("name", record.get("name"), false);
		var title = f.text("source_title", record.get("source_title"), false, Fields.MAX_NAME);
		var publisher = f.text("source_publisher", record.get("source_publisher"), false, Fields.MAX_NAME);
		var published = f.date("source_date", record.get("source_date"), false);
		// trace figures are published by governments (ATF, GAO, SEDENA) unless the row
		// says otherwise
		var kind = f.sourceKind("source_kind", record.get("source_kind"), SourceKind.GOVERNMENT);
		var quote = f.text("quote", record.get("quote"), false, Fields.MAX_TEXT);
		var locator = f.text("locator", record.get("locator"), false, Fields.MAX_NAME);
		var confidence = f.confidence("confidence", record.get("confidence"));
		if (!f.ok()) {
			return null;
		}
		var key = String.join("|", destination.id(), origin.id(), metric, period.text(), Names.normalizeUrl(url));
		var id = "flow-" + Names.shortHash(key);
		long earlier = seen.putIfAbsent(Long.parseUnsignedLong(DigestUtils.sha256Hex(key).substring(0, 15), 16),
				record.line());
		if (earlier != 0) {
			f.error(null, "duplicate observation: the same destination, origin, metric, period and source as line "
					+ earlier);
			return null;
		}
		var properties = new HashMap<String, Object>();
		properties.put("metric", metric);
		properties.put("value", value);
		properties.put("unit", unit);
		properties.put("caveat", caveat);
		properties.put("period", period.text());
		properties.put("periodStart", period.start().start());
		properties.put("periodEnd", period.end().end());
		var display = name != null ? name
				: metric + ": " + origin.name() + " → " + destination.name() + ", " + period.text();
		var observation = new NodeRecord(id, NodeType.FLOW_OBSERVATION, display, List.of(), properties);
		var source = new RowPlan.SourceRef("source", url, title, publisher, published, kind);
		var links = List.of(
				new RowPlan.Link("origin", RelationType.ORIGIN_OF, id, List.of(url), quote, locator, period.start(),
						period.end(), published, confidence, "origin"),
				new RowPlan.Link(id, RelationType.DESTINED_FOR, "destination", List.of(url), quote, locator,
						period.start(), period.end(), published, confidence, "destination"));
		return new RowPlan(record.line(), List.of(origin, destination), List.of(observation), List.of(source), links);
	}

	private static Period period(InputRecord record, Fields f) {
		var column = record.get("period") != null ? "period" : "year";
		var text = f.text(column, record.get(column), true, 32);
		if (text == null) {
			return null;
		}
		var parts = text.split("/", -1);
		if (parts.length > 2) {
			f.error(column,
					"'" + text + "' is not a period (2023, 2023-05, or start/end such as 2024-10-01/2025-09-30)");
			return null;
		}
		var start = f.date(column, parts[0], false);
		var end = parts.length == 2 ? f.date(column, parts[1], true) : start;
		if (start == null || end == null) {
			return null;
		}
		if (end.end().isBefore(start.start())) {
			f.error(column, "'" + text + "' ends before it starts");
			return null;
		}
		if (start.isAfter(LocalDate.now())) {
			f.error(column, "'" + text + "' is in the future");
			return null;
		}
		return new Period(parts.length == 2 ? start.text() + "/" + end.text() : start.text(), start, end);
	}

}
