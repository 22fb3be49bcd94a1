package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import org.ironriver.queries.QueryLibrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironriver.audit.Actor;
import org.ironriver.audit.AuditLog;
import org.ironriver.cli.ExitCodes;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ironriver query <name> --param key=value}: a named query of the analyst library.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
		description = { "Run a named query of the analyst library (cypher/queries/) and print the rows.",
				"Parameters left out take their defaults; --list shows every query with its parameters.",
				"Exit codes: 0 ok, 1 failure (database), 2 usage (unknown query or parameter), 3 query failed." })
public class QueryCommand extends ReadCommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query's name, e.g. appeal-chain.")
	String name;

	@Option(names = "--list", description = "List the library's queries with their parameters and defaults.")
	boolean list;

	public QueryCommand() {
		this(null);
	}

	QueryCommand(ApplicationContext context) {
		super(context);
	}

	@Override
	public Integer call() {
		if (list) {
			return list();
		}
		if (name == null) {
			spec.commandLine().getErr().println("ironriver: name a query (see: ironriver query --list)");
			return ExitCodes.USAGE;
		}
		return super.call();
	}

	@Override
	protected CypherResult read(ApplicationContext context, Map<String, Object> parameters) {
		var runner = context.getBean(QueryRunner.class);
		return context.getBean(AuditLog.class)
			.query(Actor.cli(), name, null, parameters,
					() -> maxRows == null ? runner.run(name, parameters) : runner.run(name, parameters, maxRows),
					CypherResult::rowCount);
	}

	/** Needs no database: the library is the files. */
	private int list() {
		ResultFormats.Format chosen;
		try {
			chosen = ResultFormats.Format.parse(format);
		}
		catch (IllegalArgumentException ex) {
			spec.commandLine().getErr().println("ironriver: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		var json = JsonMapper.builder().build();
		if (chosen == ResultFormats.Format.JSON) {
			var all = new ArrayList<Map<String, Object>>();
			for (var q : new QueryLibrary().forAnalysts()) {
				var entry = new LinkedHashMap<String, Object>();
				entry.put("name", q.name());
				entry.put("title", q.title());
				entry.put("description", q.description());
				entry.put("parameters", q.defaults());
				entry.put("expectations", q.expectations());
				all.add(entry);
			}
			spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(all));
			spec.commandLine().getOut().flush();
			return ExitCodes.OK;
		}
		var rows = new ArrayList<Map<String, Object>>();
		for (var q : new QueryLibrary().forAnalysts()) {
			var row = new LinkedHashMap<String, Object>();
			row.put("name", q.name());
			row.put("title", q.title());
			row.put("parameters", q.defaults().isEmpty() ? "" : json.writeValueAsString(q.defaults()));
			rows.add(row);
		}
		var columns = List.of("name", "title", "parameters");
		spec.commandLine()
			.getOut()
			.print(ResultFormats.write(new CypherResult(columns, rows, rows.size(), false, rows.size()), chosen));
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
