package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ironriver cypher "<query>"}: an analyst's own read-only Cypher, under the same
 * rules as POST /api/cypher.
 */
@Command(name = "cypher", mixinStandardHelpOptions = true,
		description = { "Run your own read-only Cypher against the graph and print the rows.",
				"Writes, schema and admin commands, LOAD CSV and procedures outside the allow-list are refused, "
						+ "exactly as by POST /api/cypher.",
				"Exit codes: 0 ok, 1 failure (database), 2 usage, 3 query refused or failed." })
public class CypherCommand extends ReadCommand {

	@Parameters(index = "0", paramLabel = "QUERY", description = "The Cypher statement, or - to read it from stdin.")
	String query;

	public CypherCommand() {
		this(null);
	}

	CypherCommand(ApplicationContext context) {
		super(context);
	}

	@Override
	protected CypherResult read(ApplicationContext context, Map<String, Object> parameters) {
		var safeCypher = context.getBean(SafeCypher.class);
		var text = "-".equals(query) ? stdin() : query;
		return context.getBean(AuditLog.class)
			.query(Actor.cli(), null, text, parameters, () -> maxRows == null ? safeCypher.read(text, parameters)
					: safeCypher.read(text, parameters, maxRows), CypherResult::rowCount);
	}

	private static String stdin() {
		try {
			var out = new ByteArrayOutputStream();
			System.in.transferTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
