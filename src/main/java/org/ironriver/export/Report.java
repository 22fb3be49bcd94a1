package org.ironriver.export;

import org.ironriver.queries.ExecutedQuery;

import java.time.OffsetDateTime;
import java.util.List;

import org.ironriver.evidence.SourceView;

/**
 * A self-contained receipt of an answer: enough to reproduce it (query text and
 * parameters, data version, time) and to cite it (every step with its evidence, every
 * source).
 */
public record Report(String title, String kind, OffsetDateTime generatedAt, DataVersion dataVersion,
		ExecutedQuery query, List<ReportItem> items, List<SourceView> sources) {
}
