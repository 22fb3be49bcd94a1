package org.ironriver.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The entity dossier (issue 10, part 2): everything the graph knows about an entity,
 * every statement with its citation, numbered sources, dates as the sources give them.
 */
@IntegrationTest
class DossierApiTest {

	private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

	@Autowired
	MockMvc mvc;

	private byte[] dossier(String id, String format) throws Exception {
		return mvc.perform(get("/api/entities/{id}/dossier", id).param("format", format))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("dossier-" + id + "." + format)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void the_markdown_dossier_of_a_dealer_has_every_part_and_cites_numbered_sources() throws Exception {
		var md = new String(dossier("spragues-sports", "md"), StandardCharsets.UTF_8);
		assertThat(md).startsWith("# Sprague's Sports, Inc.\n")
			.contains("## Identity", "## Relationships", "## Cases", "## Timeline", "## Disagreements", "## Sources")
			.contains("### DEFENDANT\\_IN (outgoing)", "### LOCATED\\_IN (outgoing)")
			.contains("→ Yuma, Arizona (Place, yuma) — case evidence")
			.contains("Party as DEFENDANT\\_IN, docket 4:22-cv-00472-TUC-RM")
			.contains("(v) Sprague's Sports, Inc. (Yuma)")
			.contains("Again: GET /api/entities/spragues-sports/dossier?format=md");
		var body = md.substring(0, md.indexOf("## Sources"));
		var sources = md.substring(md.indexOf("## Sources")).lines().filter(l -> l.matches("\\d+\\. .*")).toList();
		var cited = new TreeSet<Integer>();
		CITATION.matcher(body).results().forEach(m -> cited.add(Integer.parseInt(m.group(1))));
		// every number cited is listed, and every listed source is cited
		assertThat(sources).hasSize(cited.size());
		assertThat(cited.first()).isEqualTo(1);
		assertThat(cited.last()).isEqualTo(sources.size());
		// a source dated by month only is cited by that month
		assertThat(sources).anySatisfy(s -> assertThat(s).contains("src-sre-second-lawsuit").contains(", 2022-10 ("));
		assertThat(md).doesNotContain("2022-10-01");
	}

	@Test
	void a_statement_whose_sources_give_no_quote_is_marked_as_such() throws Exception {
		// Yuma -> Arizona rests on the lawsuit's sources, none of which quotes the
		// place's state.
		var md = new String(dossier("yuma", "md"), StandardCharsets.UTF_8);
		var located = md.lines().dropWhile(l -> !l.contains("→ Arizona (")).limit(3).toList();
		assertThat(located).isNotEmpty();
		assertThat(String.join("\n", located)).contains("no quote in source");
	}

	@Test
	void a_case_dossier_shows_its_disagreements_side_by_side_with_their_sources() throws Exception {
		var md = new String(dossier("mx-v-sw-dmass", "md"), StandardCharsets.UTF_8);
		var disagreements = md.substring(md.indexOf("## Disagreements"), md.indexOf("## Sources"));
		assertThat(disagreements).contains("### Topic: defendant-count", "Claim: ", "Why they differ");
		assertThat(CITATION.matcher(disagreements).results().count()).isGreaterThan(2);
		assertThat(md).contains("Ruling: ");
	}

	@Test
	void the_html_dossier_is_one_escaped_page_that_may_load_nothing() throws Exception {
		var html = new String(mvc.perform(get("/api/entities/spragues-sports/dossier").param("format", "html"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(html)
			.contains("<h1>Sprague&#39;s Sports, Inc.</h1>", "<a href=\"#source-1\">[1]</a>", "<li id=\"source-1\">")
			.doesNotContain("<script", "<link", "src=\"http");
	}

	@Test
	void the_pdf_dossier_holds_the_same_text_in_an_embedded_font() throws Exception {
		var pdf = dossier("spragues-sports", "pdf");
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Sprague's Sports, Inc.", "Relationships", "DEFENDANT_IN (outgoing)",
					"(v) Sprague's Sports, Inc. (Yuma)", "Sources", "2022-10");
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			var page = document.getPage(0);
			for (var name : page.getResources().getFontNames()) {
				var font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			}
		}
	}

	@Test
	void an_unknown_id_is_a_404_problem_and_a_bad_format_a_400() throws Exception {
		mvc.perform(get("/api/entities/no-such-entity/dossier").param("format", "md"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("no-such-entity")));
		mvc.perform(get("/api/entities/spragues-sports/dossier").param("format", "docx"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("md, html, pdf")));
	}

}
