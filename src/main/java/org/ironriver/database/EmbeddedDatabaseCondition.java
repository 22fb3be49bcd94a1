package org.ironriver.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded database starts unless {@code NEO4J_URI} points elsewhere or
 * {@code ironriver.embedded.enabled} is false (the Testcontainers tests, which bring
 * their own connection details).
 */
public final class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return applies(context.getEnvironment());
	}

	/**
	 * {@code NEO4J_URI} names an external database: the one test of it, shared by the
	 * conditions and the subcommands (which load no curated graph there unless asked).
	 */
	public static boolean external(PropertyResolver env) {
		return StringUtils.hasText(env.getProperty("NEO4J_URI"));
	}

	static boolean applies(Environment env) {
		return !external(env) && env.getProperty("ironriver.embedded.enabled", Boolean.class, true);
	}

}

/** {@code NEO4J_URI} names an external database. */
class ExternalDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return EmbeddedDatabaseCondition.external(context.getEnvironment());
	}

}
