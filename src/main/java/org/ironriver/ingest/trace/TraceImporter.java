package org.ironriver.ingest.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.evidence.PartialDate;
import org.ironriver.graph.NodeRecord;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.LongLineMap;
import org.ironriver.ingest.records.Fields;
import org.ironriver.ingest.records.InputRecord;
import org.ironriver.ingest.records.Names;
import org.ironriver.ingest.records.RecordImporter;
import org.ironriver.ingest.records.RecordReader;
import org.ironriver.ingest.records.RowPlan;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.ironriver.model.SourceKind;
import org.ironriver.model.ValueQualifier;
import org.ironriver.model.WeaponType;

/**
 * Imports trace statistics: each row one {@code FlowObservation} with
 * {@code (origin)-[:ORIGIN_OF]->(observation)-[:DESTINED_FOR]->(destination)}, both
 * relationships citing the row's source. The observation holds its figure as data:
 * metric, value and how it holds ({@code qualifier}: exact, approximately, at least…), a
 * range ({@code valueLow}, {@code valueHigh}), unit, period (a year range ends on its
 * last day), the dimensions it is broken down by (weapon type, caliber, manufacturer,
 * model) and its mandatory caveat. Origins are countries, U.S. states, counties, cities,
 * ports, regions or several of those counted together; destinations a country or a region
 * ({@link Places}). CSV with the columns below, or JSON Lines with the same keys (an
 * origin may then be an array of places).
 *
 * <p>
 * The observation's id comes from destination, origin, metric, period, dimensions and
 * source URL, so importing the same figures again finds the same node and changes
 * nothing; a corrected value updates it.
 */
public final class TraceImporter extends RecordImporter {

	public static final List<String> REQUIRED = List.of("destination", "origin", "metric", "value", "unit",
			"source_url", "caveat");

	public static final List<String> OPTIONAL = List.of("period", "year", "name", "origin_kind", "destination_kind",
			"qualifier", "value_low", "value_high", "weapon_type", "caliber", "manufacturer", "model", "source_title",
			"source_publisher", "source_date", "source_kind", "quote", "locator", "confidence");

	private static final Pattern METRIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private LongLineMap seen = new LongLineMap();

	public TraceImporter() {
		super(ImportKind.TRACE);
	}

	@Override
	protected RecordReader.Format format() {
		return RecordReader.Format.AUTO;
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
		var unknown = header.stream().filter(c -> !known(c)).toList();
		return unknown.isEmpty() ? null : "header: unknown column(s) " + String.join(", ", unknown);
	}

	private static boolean known(String column) {
		return REQUIRED.contains(column) || OPTIONAL.contains(column);
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
		if (record.json() != null && !jsonKeysValid(record, f)) {
			return null;
		}
		var period = period(record, f);
		var destinationKind = kind("destination_kind", record, f);
		var destinationText = f.name("destination", record.get("destination"), true);
		Places.Place destination = null;
		if (destinationText != null) {
			destination = Places.destination("destination", destinationText, destinationKind, "destination");
			if (destination == null) {
				f.error("destination", "'" + Fields.shorten(destinationText) + "' is not " + Places.expected(false));
			}
		}
		var originKind = kind("origin_kind", record, f);
		var originTexts = originTexts(record, f);
		var origins = new ArrayList<Places.Place>();
		for (var originText : originTexts) {
			var found = Places.origins(originTexts.size() == 1 ? "origin" : "origin-" + (origins.size() + 1),
					originText, originKind, "origin");
			if (found.isEmpty()) {
				f.error("origin", "'" + Fields.shorten(originText) + "' is not " + Places.expected(true));
			}
			origins.addAll(found);
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
		var unit = f.text("unit", record.get("unit"), true, 64);
		var figure = figure(record, unit, f);
		var weaponType = dimension(record, "weapon_type", f);
		var caliber = f.text("caliber", record.get("caliber"), false, 32);
		var manufacturer = f.name("manufacturer", record.get("manufacturer"), false);
		var model = f.text("model", record.get("model"), false, Fields.MAX_NAME);
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
		var originIds = origins.stream().map(o -> placeKey(o.ref())).sorted().toList();
		var key = String.join("|", placeKey(destination.ref()), String.join("+", originIds), metric, period.text(),
				Names.normalizeUrl(url));
		if (weaponType != null || caliber != null || manufacturer != null || model != null) {
			// Only a broken-down figure's id names its dimensions: the ids of figures
			// imported before dimensions existed stay what they were.
			key += "|" + String.join("|", nullToEmpty(weaponType), nullToEmpty(caliber), Names.normalize(manufacturer),
					Names.normalize(model));
		}
		var id = "flow-" + Names.shortHash(key);
		long earlier = seen.putIfAbsent(Long.parseUnsignedLong(DigestUtils.sha256Hex(key).substring(0, 15), 16),
				record.line());
		if (earlier != 0) {
			f.error(null, "duplicate observation: the same destination, origin, metric, period, dimensions and source"
					+ " as line " + earlier);
			return null;
		}
		var properties = new HashMap<String, Object>();
		properties.put("metric", metric);
		putIfPresent(properties, "value", figure.value());
		properties.put("qualifier", figure.qualifier().label());
		putIfPresent(properties, "valueLow", figure.low());
		putIfPresent(properties, "valueHigh", figure.high());
		properties.put("unit", unit);
		properties.put("caveat", caveat);
		properties.put("period", period.text());
		properties.put("periodStart", period.start().start());
		// A period names whole years, months or days: "2014/2018" ends on 31 December
		// 2018, so a query for mid-2018 finds it.
		properties.put("periodEnd", period.end().end());
		putIfPresent(properties, "weaponType", weaponType);
		putIfPresent(properties, "caliber", caliber);
		putIfPresent(properties, "manufacturer", manufacturer);
		putIfPresent(properties, "model", model);
		var originNames = origins.stream().map(o -> o.ref().name()).toList();
		properties.put("originName", String.join(" and ", originNames));
		if (origins.size() > 1) {
			// One figure for the places together: each is an origin of it, none alone.
			properties.put("combinedOrigin", true);
		}
		var display = name != null ? name : metric + ": " + String.join(" + ", originNames) + " → "
				+ destination.ref().name() + ", " + period.text();
		var observation = new NodeRecord(id, NodeType.FLOW_OBSERVATION, display, List.of(), properties);
		var source = new RowPlan.SourceRef("source", url, title, publisher, published, kind);
		var entities = new LinkedHashMap<String, RowPlan.EntityRef>();
		var links = new ArrayList<RowPlan.Link>();
		for (var origin : origins) {
			entities.putIfAbsent(origin.ref().key(), origin.ref());
			links.add(new RowPlan.Link(origin.ref().key(), RelationType.ORIGIN_OF, id, List.of(url), quote, locator,
					period.start(), period.end(), published, confidence, "origin"));
		}
		entities.putIfAbsent(destination.ref().key(), destination.ref());
		links.add(new RowPlan.Link(id, RelationType.DESTINED_FOR, destination.ref().key(), List.of(url), quote, locator,
				period.start(), period.end(), published, confidence, "destination"));
		var parents = new ArrayList<RowPlan.Link>();
		for (var origin : origins) {
			// Where a place the row creates lies, as the row writes it ("Miami-Dade
			// County, FL"): the row's source names it so, like the FFL listing for its
			// premises.
			var child = origin.ref();
			for (var parent : origin.parents()) {
				var known = entities.values()
					.stream()
					.filter(e -> parent.id() != null && parent.id().equals(e.id()))
					.findFirst();
				var parentRef = known.orElse(parent);
				entities.putIfAbsent(parentRef.key(), parentRef);
				var link = new RowPlan.Link(child.key(), RelationType.LOCATED_IN, parentRef.key(), List.of(url), null,
						"origin as written", null, null, published, confidence, "origin");
				if (parents.stream().noneMatch(l -> l.from().equals(link.from()) && l.to().equals(link.to()))) {
					parents.add(link);
				}
				child = parentRef;
			}
		}
		return new RowPlan(record.line(), List.copyOf(entities.values()), List.of(observation), List.of(source), links,
				parents);
	}

	/** JSON Lines: the same keys as the CSV columns, the required ones present. */
	private static boolean jsonKeysValid(InputRecord record, Fields f) {
		var unknown = record.fields().keySet().stream().filter(k -> !known(k)).toList();
		var arrays = new ArrayList<String>();
		record.json().properties().forEach(e -> {
			if (e.getValue().isArray() && !e.getKey().equals("origin")) {
				arrays.add(e.getKey());
			}
		});
		if (!unknown.isEmpty()) {
			f.error(unknown.get(0), "unknown key; the keys are " + String.join(", ", REQUIRED) + " and optionally "
					+ String.join(", ", OPTIONAL));
			return false;
		}
		arrays.forEach(k -> f.error(k, "takes one value, not an array (only origin may list several places)"));
		REQUIRED.stream()
			.filter(c -> record.get(c) == null && !(c.equals("origin") && record.json().path("origin").isArray())
					&& !(c.equals("value") && record.get("value_low") != null))
			.forEach(c -> f.error(c, "is required"));
		if (record.get("period") == null && record.get("year") == null) {
			f.error("period", "is required (or year)");
		}
		return f.ok();
	}

	/** The origin as written: one text, or a JSON array of places counted together. */
	private static List<String> originTexts(InputRecord record, Fields f) {
		var json = record.json() == null ? null : record.json().path("origin");
		if (json != null && json.isArray()) {
			var texts = new ArrayList<String>();
			json.forEach(element -> {
				var text = element.isString() ? element.asString().strip() : "";
				if (text.isEmpty()) {
					f.error("origin", "each place in the array is a non-empty string");
				}
				else {
					texts.add(text);
				}
			});
			if (texts.isEmpty() && f.ok()) {
				f.error("origin", "the array names no place");
			}
			return f.ok() ? texts : List.of();
		}
		var text = f.name("origin", record.get("origin"), true);
		return text == null ? List.of() : List.of(text);
	}

	private static Places.Kind kind(String column, InputRecord record, Fields f) {
		var text = record.get(column);
		if (text == null) {
			return null;
		}
		var kind = Places.Kind.parse(text).orElse(null);
		if (kind == null) {
			f.error(column, "'" + Fields.shorten(text) + "' is not a kind of place (" + Places.Kind.names() + ")");
		}
		return kind;
	}

	/**
	 * The figure, from {@code value} as written ("~200,000", ">40", a range) and the
	 * optional {@code qualifier}, {@code value_low} and {@code value_high} columns, which
	 * must agree with it.
	 */
	private static Figure figure(InputRecord record, String unit, Fields f) {
		var valueText = f.text("value", record.get("value"), false, 64);
		var lowText = f.text("value_low", record.get("value_low"), false, 32);
		var highText = f.text("value_high", record.get("value_high"), false, 32);
		var qualifierText = record.get("qualifier");
		Figure figure = null;
		if (valueText != null) {
			try {
				figure = Figure.parse(valueText);
			}
			catch (Figure.NotAFigure ex) {
				f.error("value", ex.getMessage());
			}
			if (valueText.contains("%") && unit != null && !unit.equalsIgnoreCase("percent") && !unit.equals("%")) {
				f.error("value", "'" + valueText + "' is a percentage but the unit is '" + Fields.shorten(unit) + "'");
			}
		}
		Number low = null;
		Number high = null;
		for (var column : List.of("value_low", "value_high")) {
			var text = column.equals("value_low") ? lowText : highText;
			if (text == null) {
				continue;
			}
			try {
				var bound = Figure.parse(text);
				if (bound.value() == null || bound.qualifier() != ValueQualifier.EXACT) {
					f.error(column, "'" + text + "' is not one number");
				}
				else if (column.equals("value_low")) {
					low = bound.value();
				}
				else {
					high = bound.value();
				}
			}
			catch (Figure.NotAFigure ex) {
				f.error(column, ex.getMessage());
			}
		}
		if (valueText == null && (lowText == null || highText == null)) {
			f.error("value", "is required (or value_low and value_high for a range with no central figure)");
		}
		if (!f.ok()) {
			return null;
		}
		if (figure == null) {
			figure = new Figure(null, ValueQualifier.EXACT, null, null);
		}
		if ((low != null || high != null) && figure.low() != null) {
			f.error("value_low", "the value is already a range ('" + valueText + "')");
			return null;
		}
		if (low != null && high != null && high.doubleValue() < low.doubleValue()) {
			f.error("value_high", "'" + highText + "' is below value_low '" + lowText + "'");
			return null;
		}
		if (figure.value() != null && ((low != null && figure.value().doubleValue() < low.doubleValue())
				|| (high != null && figure.value().doubleValue() > high.doubleValue()))) {
			f.error("value", "'" + valueText + "' lies outside value_low..value_high");
			return null;
		}
		var qualifier = figure.qualifier();
		if (qualifierText != null) {
			var given = ValueQualifier.parse(qualifierText).orElse(null);
			if (given == null) {
				f.error("qualifier",
						"'" + Fields.shorten(qualifierText) + "' is not a qualifier (" + ValueQualifier.labels() + ")");
				return null;
			}
			if (qualifier != ValueQualifier.EXACT && given != qualifier) {
				f.error("qualifier", "'" + qualifierText + "' disagrees with the value as written ('" + valueText
						+ "' is " + qualifier.label() + ")");
				return null;
			}
			qualifier = given;
		}
		return new Figure(figure.value(), qualifier, low != null ? low : figure.low(),
				high != null ? high : figure.high());
	}

	private static String dimension(InputRecord record, String column, Fields f) {
		var text = f.text(column, record.get(column), false, 64);
		if (text == null) {
			return null;
		}
		var type = WeaponType.parse(text).orElse(null);
		if (type == null) {
			f.error(column, "'" + Fields.shorten(text) + "' is not a weapon type (" + WeaponType.labels() + ")");
			return null;
		}
		return type.label();
	}

	private static String placeKey(RowPlan.EntityRef ref) {
		return ref.id() != null ? ref.id() : ref.type().label() + ":" + Names.normalize(ref.name());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static void putIfPresent(Map<String, Object> properties, String key, Object value) {
		if (value != null) {
			properties.put(key, value);
		}
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
