package org.ironriver.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded database starts unless {@code NEO4J_URI} points elsewhere or
 * {@code ironriver.embedded.enabled} is false (the Testcontainers tests, which bring
 * their own connection details).
 */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return applies(context.getEnvironment());
	}

	static boolean applies(Environment env) {
		return !StringUtils.hasText(env.getProperty("NEO4J_URI"))
				&& env.getProperty("ironriver.embedded.enabled", Boolean.class, true);
	}

}

/** {@code NEO4J_URI} names an external database. */
class ExternalDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("NEO4J_URI"));
	}

}
