package org.ironriver.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as a team runs it: one user per role and an API key configured (so the
 * local single-user mode is off), the editors' token set, and an identity provider — a
 * real one as far as the application can tell: an HTTP server on loopback serving an
 * OpenID discovery document and the public half of an RSA key pair generated here, so
 * every token the tests sign goes through the real signature check. Every class with this
 * annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ironriver.embedded.bolt-port=0",
		"ironriver.embedded.store-dir=target/test-neo4j/${random.uuid}",
		"ironriver.editor.token=" + Team.EDITOR_TOKEN })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = Team.Setup.class)
@interface TeamInstallation {

}
