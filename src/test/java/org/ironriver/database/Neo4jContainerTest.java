package org.ironriver.database;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The application on a Neo4j 5.26 server in a container, exactly as it runs on any
 * external server. Where there is no Docker engine (our build machines) the class is
 * reported as skipped; the embedded and NEO4J_URI tests cover the same code paths there.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "ironriver.embedded.enabled=false")
@AutoConfigureMockMvc
class Neo4jContainerTest {

	@Container
	@ServiceConnection
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	@Autowired
	MockMvc mvc;

	@Test
	void serves_the_curated_graph_from_a_neo4j_server_in_a_container() throws Exception {
		mvc.perform(get("/api/cases/mx-v-sw-dmass"))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.appealChain[*].id").value(contains("mx-v-sw-dmass", "mx-v-sw-1cir", "sw-v-mx-scotus")));
		mvc.perform(get("/api/search").param("q", "Interstate Arms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entity.id").value("interstate-arms"));
	}

}
