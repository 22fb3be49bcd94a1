package org.ironriver.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database that cannot start or be reached into one readable line instead of a long stack trace. */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartupException cause) {
		return new FailureAnalysis("ironriver: " + cause.getMessage(),
				"Free the port (IRONRIVER_EMBEDDED_BOLT_PORT), fix the store directory (IRONRIVER_EMBEDDED_STORE_DIR), "
						+ "or check NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD.",
				cause);
	}
}
