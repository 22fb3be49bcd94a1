package org.ironriver.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test against the real application and a real Neo4j: the embedded one on a free port
 * with its own store (so tests never collide with a running ironriver), or the server
 * named by {@code NEO4J_URI} when set. Every class with this annotation shares one Spring
 * context and so one database, loaded with the curated graph.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}",
		// The suite is one caller making thousands of query requests a minute; LimitsTest
		// proves the rate limit.
		"ironriver.limits.rate-limit-per-minute=0" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
