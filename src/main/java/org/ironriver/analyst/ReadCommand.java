package org.ironriver.analyst;

import org.ironriver.queries.CypherResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ironriver.cli.CliErrors;
import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.SpringContexts;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the terminal commands that read the graph share: {@code --param},
 * {@code --format}, {@code --max-rows}, a Spring context without the web server for the
 * duration of the command, the answer on stdout, and errors as one line on stderr with an
 * exit code that says which kind.
 */
public abstract class ReadCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Spec
	protected CommandSpec spec;

	@Option(names = "--param", paramLabel = "KEY=VALUE",
			description = "A query parameter; repeat for several. The value is read as JSON when it parses (5, true, null, "
					+ "[\"a\"], \"text\"), else as a string.")
	protected Map<String, String> params = new LinkedHashMap<>();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
			description = "table (default), json or csv.")
	protected String format;

	@Option(names = "--max-rows", paramLabel = "N",
			description = "Stop after N rows (at most the configured cap, ironriver.cypher.max-rows, default 10000).")
	protected Integer maxRows;

	/**
	 * A context to use instead of starting one (the tests pass theirs); null starts and
	 * stops one per command.
	 */
	private final ApplicationContext context;

	protected ReadCommand(ApplicationContext context) {
		this.context = context;
	}

	/** Runs the command's query with the beans of {@code context}. */
	protected abstract CypherResult read(ApplicationContext context, Map<String, Object> parameters);

	@Override
	public Integer call() {
		var err = spec.commandLine().getErr();
		ResultFormats.Format chosen;
		Map<String, Object> parameters;
		try {
			chosen = ResultFormats.Format.parse(format);
			parameters = parameters(params);
		}
		catch (IllegalArgumentException ex) {
			err.println("ironriver: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		try {
			CypherResult result;
			if (context != null) {
				result = read(context, parameters);
			}
			else {
				try (var started = SpringContexts.withoutWeb()) {
					result = read(started, parameters);
				}
			}
			spec.commandLine().getOut().print(ResultFormats.write(result, chosen));
			spec.commandLine().getOut().flush();
			if (result.truncated()) {
				err.println("ironriver: truncated at " + result.maxRows() + " rows");
			}
			return ExitCodes.OK;
		}
		catch (NotFoundException ex) {
			err.println("ironriver: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		catch (RefusedQueryException ex) {
			err.println("ironriver: " + ex.getMessage());
			return ExitCodes.INVALID_INPUT;
		}
		catch (BadRequestException ex) {
			err.println("ironriver: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		catch (RuntimeException ex) {
			err.println("ironriver: " + CliErrors.message(ex));
			return ExitCodes.FAILURE;
		}
	}

	/** {@code --param} values as JSON when they parse, else as the string typed. */
	static Map<String, Object> parameters(Map<String, String> given) {
		var result = new LinkedHashMap<String, Object>();
		given.forEach((key, text) -> {
			if (key.isBlank()) {
				throw new IllegalArgumentException("--param needs KEY=VALUE, got '=" + text + "'");
			}
			Object value;
			try {
				value = JSON.readValue(text, Object.class);
			}
			catch (JacksonException ex) {
				value = text;
			}
			result.put(key, value);
		});
		return result;
	}

}
