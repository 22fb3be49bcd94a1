package org.ironriver.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test against the real application served by Tomcat on a free port, for what only a
 * real server shows: how the container itself answers requests it refuses before the
 * application sees them. Every class with this annotation shares one Spring context and
 * one embedded database, loaded with the curated graph (its own, apart from
 * {@link IntegrationTest}'s, so what these tests write stays here).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}", "ironriver.limits.rate-limit-per-minute=0" })
public @interface ServerTest {

}
