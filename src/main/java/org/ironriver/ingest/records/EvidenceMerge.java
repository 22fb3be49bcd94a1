package org.ironriver.ingest.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ironriver.evidence.Evidence;
import org.ironriver.evidence.EvidenceProperty;
import org.ironriver.evidence.PartialDate;
import org.ironriver.model.RelationType;

/**
 * How a row's evidence for a relationship joins what the graph already holds for it:
 * sources are added, never dropped; a field the row leaves empty keeps its stored value
 * (the default confidence only on a new relationship), and so does a relationship
 * attribute (a role, a percentage); the file as a whole is cited only for what nothing
 * else supports yet. A merge that changes no evidence property is no change, so a
 * re-import writes nothing.
 */
final class EvidenceMerge {

	private EvidenceMerge() {
	}

	/**
	 * The evidence after the merge.
	 *
	 * @param citesFile whether the merged evidence cites the file's own Source (which
	 * then has to exist)
	 */
	record Merged(Evidence evidence, Map<String, Object> attributes, Map<String, Object> properties,
			boolean citesFile) {
	}

	/**
	 * Every relationship attribute of the model (a role, a percentage): compared and
	 * merged like evidence.
	 */
	private static final List<String> ATTRIBUTES = Arrays.stream(RelationType.values())
		.flatMap(t -> t.attributes().stream())
		.distinct()
		.sorted()
		.toList();

	/**
	 * @param before the stored relationship's evidence properties ({@link #of}), or null
	 * when it does not exist yet
	 * @param sourceIds the Source id of each URL the row cites
	 * @param fileSourceId the file's own Source, cited by a row whose source key is null
	 */
	static Merged merge(Map<String, Object> before, RowPlan.Link link, Function<String, String> sourceIds,
			String fileSourceId, double defaultConfidence) {
		var sources = new ArrayList<String>();
		if (before != null) {
			sources.addAll(castList(before.get(EvidenceProperty.SOURCES.key())));
		}
		boolean citesFile = false;
		for (var sourceKey : link.sourceKeys()) {
			if (sourceKey == null && before != null) {
				continue;
			}
			citesFile |= sourceKey == null;
			var id = sourceKey == null ? fileSourceId : sourceIds.apply(sourceKey);
			if (id != null && !sources.contains(id)) {
				sources.add(id);
			}
		}
		var evidence = new Evidence(sources, pick(link.quote(), before, EvidenceProperty.QUOTE),
				pick(link.locator(), before, EvidenceProperty.LOCATOR),
				pickDate(link.validFrom(), before, EvidenceProperty.VALID_FROM, EvidenceProperty.VALID_FROM_TEXT),
				pickDate(link.validTo(), before, EvidenceProperty.VALID_TO, EvidenceProperty.VALID_TO_TEXT),
				pickDate(link.assertedOn(), before, EvidenceProperty.ASSERTED_ON, EvidenceProperty.ASSERTED_ON_TEXT),
				link.confidence() != null ? link.confidence()
						: before != null && before.get(EvidenceProperty.CONFIDENCE.key()) instanceof Number n
								? n.doubleValue() : defaultConfidence);
		var attributes = new HashMap<String, Object>();
		if (before != null) {
			link.type().attributes().forEach(name -> {
				if (before.get(name) != null) {
					attributes.put(name, before.get(name));
				}
			});
		}
		attributes.putAll(link.attributes());
		var properties = evidence.toProperties();
		properties.putAll(attributes);
		return new Merged(evidence, attributes, properties, citesFile);
	}

	/** The evidence properties of a stored relationship. */
	static Map<String, Object> of(Map<String, Object> properties) {
		var evidence = new HashMap<String, Object>();
		for (var name : EvidenceProperty.keys()) {
			evidence.put(name, properties.get(name));
		}
		for (var name : ATTRIBUTES) {
			evidence.put(name, properties.get(name));
		}
		return evidence;
	}

	/** Whether two sets of evidence properties are the same (numbers by value). */
	static boolean same(Map<String, Object> before, Map<String, Object> after) {
		for (var name : EvidenceProperty.keys()) {
			if (!sameValue(before.get(name), after.get(name))) {
				return false;
			}
		}
		for (var name : ATTRIBUTES) {
			if (!sameValue(before.get(name), after.get(name))) {
				return false;
			}
		}
		return true;
	}

	/** Stored numbers come back as long or double whatever was written. */
	static boolean sameValue(Object stored, Object value) {
		if (stored instanceof Number a && value instanceof Number b) {
			return a.doubleValue() == b.doubleValue();
		}
		return Objects.equals(stored, value);
	}

	private static String pick(String value, Map<String, Object> before, EvidenceProperty property) {
		return value != null ? value : before == null ? null : (String) before.get(property.key());
	}

	private static PartialDate pickDate(PartialDate value, Map<String, Object> before, EvidenceProperty date,
			EvidenceProperty asWritten) {
		if (value != null || before == null || !(before.get(date.key()) instanceof LocalDate stored)) {
			return value;
		}
		// the stored text keeps a partial date ("2022-10") as the source wrote it
		return PartialDate.ofStored(stored, before.get(asWritten.key()));
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

}
