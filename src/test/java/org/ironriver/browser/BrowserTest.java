package org.ironriver.browser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BrowserTest {

	@Autowired
	MockMvc mvc;

	@Test
	void serves_neo4j_browser_static_files() throws Exception {
		mvc.perform(get("/browser/").param("connectURL", "bolt://localhost:80"))
			.andExpect(forwardedUrl("/browser/index.html"));
		mvc.perform(get("/browser/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Neo4j Browser</title>")));
		mvc.perform(get("/browser")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/browser/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location",
					"/browser/?connectURL=bolt://localhost:80&preselectAuthMethod=NO_AUTH"));
	}

	@Test
	void the_connect_link_opens_browser_on_the_applications_own_bolt_gateway_without_a_login() throws Exception {
		mvc.perform(get("/browser/connect").header("Host", "localhost:8080"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location",
					"/browser/?connectURL=bolt://localhost:8080&preselectAuthMethod=NO_AUTH"));
		// Served over HTTPS (behind a TLS proxy, with forwarded headers), Browser must
		// open wss://.
		mvc.perform(get("/browser/connect").secure(true).header("Host", "localhost:8443"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location",
					"/browser/?connectURL=bolt%2Bs://localhost:8443&preselectAuthMethod=NO_AUTH"));
	}

	@Test
	void the_home_page_links_browser_swagger_and_the_api() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/browser/connect\"")))
			.andExpect(content().string(containsString("/swagger-ui.html")))
			.andExpect(content().string(matchesPattern("(?s).*/api/entities/spragues-sports.*")));
	}

}
