package org.ironriver.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.ironriver.model.HopKind;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports an investigator can put in a memo (issue 10, part 3): dates as the sources give
 * them, each hop told as case evidence or context, hops without a quote marked,
 * statistics with their caveat, and how to run the report again.
 */
@IntegrationTest
class CitableReportsTest {

	/** Sprague's Sports to Mexico through Yuma, Arizona, the U.S. and a statistic. */
	static final String[] TRACE = { "from", "spragues-sports", "country", "MX", "maxHops", "5", "limit", "100" };

	@Autowired
	MockMvc mvc;

	private String download(String path, String format, String... params) throws Exception {
		var request = get(path).param("format", format);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return new String(
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	private JsonNode traceReport() throws Exception {
		return JsonMapper.builder().build().readTree(download("/api/trace", "report-json", TRACE));
	}

	private static List<JsonNode> steps(JsonNode report) {
		var steps = new ArrayList<JsonNode>();
		report.path("items").forEach(item -> item.path("steps").forEach(steps::add));
		return steps;
	}

	@Test
	void every_hop_says_whether_it_is_case_evidence_or_context_and_statistics_carry_their_caveat() throws Exception {
		var steps = steps(traceReport());
		assertThat(steps).isNotEmpty();
		for (var step : steps) {
			boolean throughStatistic = step.path("fromId").asString().startsWith("flow-")
					|| step.path("toId").asString().startsWith("flow-");
			assertThat(step.path("kind").asString()).as(step.toString())
				.isEqualTo(throughStatistic ? "context" : "case evidence");
			assertThat(step.path("caveat").isMissingNode() || step.path("caveat").isNull()).as(step.toString())
				.isEqualTo(!throughStatistic);
		}
		var mcdougal = steps.stream()
			.filter(s -> s.path("toId").asString().equals("flow-mcdougal-2010-2012"))
			.findFirst()
			.orElseThrow();
		assertThat(mcdougal.path("caveat").asString()).startsWith("Model-based estimate");
	}

	@Test
	void the_markdown_report_marks_kinds_missing_quotes_caveats_and_keeps_partial_dates_as_written() throws Exception {
		var md = download("/api/trace", "report-md", TRACE);
		var lines = md.lines().toList();
		// The hop naming Sprague's as a defendant quotes the SRE release's list of
		// defendants.
		int defendant = indexOf(lines, "**Sprague's Sports, Inc.** (`spragues-sports`) -[DEFENDANT_IN]->");
		assertThat(lines.get(defendant)).endsWith("— case evidence");
		assertThat(lines.get(defendant + 1)).contains("(v) Sprague's Sports, Inc. (Yuma)")
			.doesNotContain("no quote in source");
		// Yuma -> Arizona: no quote and no dates.
		int yuma = indexOf(lines, "(`yuma`) -[LOCATED_IN]-> **Arizona** (`arizona`)");
		assertThat(lines.get(yuma + 1)).contains("no quote in source").doesNotContain("valid ");
		// McDougal's estimate: a year range, a statistic with its caveat.
		int statistic = indexOf(lines, "-[ORIGIN_OF]-> **");
		assertThat(lines.get(statistic)).endsWith("— context");
		assertThat(md).contains("valid 2010 to 2012", "   - Caveat: Model-based estimate")
			.doesNotContain("2010-01-01", "2012-12-31");
		// Sources dated only by month are cited by that month, not by its first day.
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("`src-sre-second-lawsuit`", ", 2022-10. <"));
		assertThat(md).doesNotContain("2022-10-01", "2024-03-01");
		assertThat(md).contains("## How to run it again",
				"- API: `GET /api/trace?from=spragues-sports&country=MX&maxHops=5&limit=100&format=report-md`",
				"- Command line: `ironriver export trace --from spragues-sports --country MX --max-hops 5 --limit 100 "
						+ "--format report-md`");
	}

	@Test
	void partial_dates_travel_as_written_in_the_json_report_and_the_subgraph_exports() throws Exception {
		var report = traceReport();
		var sources = new ArrayList<JsonNode>();
		report.path("sources").forEach(sources::add);
		assertThat(sources).anySatisfy(s -> {
			assertThat(s.path("id").asString()).isEqualTo("src-sre-second-lawsuit");
			assertThat(s.path("publishedText").asString()).isEqualTo("2022-10");
		});
		assertThat(report.path("rerun").path("command").asString()).startsWith("ironriver export trace");
		assertThat(steps(report)).anySatisfy(step -> {
			assertThat(step.path("evidence").path("validFromText").asString()).isEqualTo("2010");
			assertThat(step.path("evidence").path("validToText").asString()).isEqualTo("2012");
		});

		var cypher = download("/api/trace", "cypher", TRACE);
		assertThat(cypher).contains("`validFromText`: '2010'", "`validToText`: '2012'", "`publishedText`: '2022-10'")
			.contains("// again: GET /api/trace?from=spragues-sports");
		var graphml = download("/api/trace", "graphml", TRACE);
		assertThat(graphml).contains("<data key=\"e_validFromText\">2010</data>");

		var zip = mvc
			.perform(get("/api/trace").param("format", "csv")
				.param(TRACE[0], TRACE[1])
				.param(TRACE[2], TRACE[3])
				.param(TRACE[4], TRACE[5])
				.param(TRACE[6], TRACE[7]))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var files = new java.util.HashMap<String, String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files.get("relationships.csv").lines().findFirst().orElseThrow())
			.contains("validFrom:date,validFromText");
		assertThat(files.get("relationships.csv")).contains(",2010-01-01,2010,2012-12-31,2012,");
	}

	@Test
	void a_neighbourhood_report_says_how_to_run_it_again() throws Exception {
		var md = download("/api/entities/spragues-sports/neighbourhood", "report-md", "limit", "20");
		assertThat(md).contains("- API: `GET /api/entities/spragues-sports/neighbourhood?direction=both&perHubCap=",
				"&limit=20&format=report-md`",
				"- Command line: `ironriver export neighbourhood --entity spragues-sports --direction both");
	}

	@Test
	void hops_through_statistics_and_claims_are_context_and_everything_else_case_evidence() {
		assertThat(HopKind.of("ORIGIN_OF", "Country", "FlowObservation")).isEqualTo(HopKind.CONTEXT);
		assertThat(HopKind.of("DESTINED_FOR", "FlowObservation", "Country")).isEqualTo(HopKind.CONTEXT);
		assertThat(HopKind.of("ABOUT", "Claim", "Lawsuit")).isEqualTo(HopKind.CONTEXT);
		assertThat(HopKind.of("CONTRADICTS", null, null)).isEqualTo(HopKind.CONTEXT);
		assertThat(HopKind.of("DEFENDANT_IN", "Dealer", "Lawsuit")).isEqualTo(HopKind.CASE_EVIDENCE);
		assertThat(HopKind.of("SUPPLIES", "Manufacturer", "Dealer")).isEqualTo(HopKind.CASE_EVIDENCE);
		// A type the model does not know yet is case evidence until it is listed as
		// context.
		assertThat(HopKind.of("TRACED_TO", "TraceRecord", "Dealer")).isEqualTo(HopKind.CASE_EVIDENCE);
		assertThat(Map.of("label", HopKind.CONTEXT.label())).containsEntry("label", "context");
	}

	private static int indexOf(List<String> lines, String fragment) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				return i;
			}
		}
		throw new AssertionError("no line contains " + fragment);
	}

}
