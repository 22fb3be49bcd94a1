package org.ironriver.paths;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OpenApiDocumentTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_openapi_document_describes_every_investigation_endpoint_with_examples() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/paths'].get.summary").value("Paths between two entities"))
			.andExpect(jsonPath("$.paths['/api/paths'].get.parameters[?(@.name == 'from')].example", hasItem("spragues-sports")))
			.andExpect(jsonPath("$.paths['/api/paths'].get.responses['200'].content['application/json'].schema.$ref",
					endsWith("PathsAnswer")))
			.andExpect(jsonPath("$.paths['/api/trace'].get.parameters[?(@.name == 'asOf')].example", hasItem("2024-01-01")))
			.andExpect(jsonPath("$.paths['/api/paths/shortest'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/neighbourhood'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/timeline'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/entities/{id}/lawsuits'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/cases/{id}/appeal-chain'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/cases/{id}/laws'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/laws/{id}/rulings'].get.parameters[0].example").value("plcaa"))
			.andExpect(jsonPath("$.paths['/api/statistics/flows'].get.summary", not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/contradictions'].get.summary", not(emptyOrNullString())));
	}
}
