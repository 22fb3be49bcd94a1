package org.ironriver.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.ironriver.analyst.ResultFormats;
import org.ironriver.audit.Actor;
import org.ironriver.cli.CliErrors;
import org.ironriver.cli.ExitCodes;
import org.ironriver.cli.SpringContexts;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.ironriver.queries.CypherResult;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ironriver resolve candidates|judgements|judge|undo}: the REST API's resolution
 * from the terminal, against the same database (the embedded store, or {@code NEO4J_URI}:
 * as every command, it loads no curated graph into an external database that was not
 * asked for). Judgements made here are the OS user's ({@code <user> (cli)}), audited like
 * the API's.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = { "Entity resolution: candidate duplicates with their scores, and judgements on them.",
				"Exit codes: 0 ok, 1 failure (database), 2 usage (bad option, unknown id)." },
		subcommands = { ResolveCommand.Candidates.class, ResolveCommand.Judgements.class, ResolveCommand.Judge.class,
				ResolveCommand.Undo.class })
public class ResolveCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return ExitCodes.USAGE;
	}

	/**
	 * What the subcommands share: a context for the duration of the command (or the
	 * tests'), the answer on stdout as a table or JSON, errors as one line.
	 */
	abstract static class Sub implements Callable<Integer> {

		private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

		@Spec
		CommandSpec spec;

		@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
		String format;

		/** The tests' context; null starts and stops one per command. */
		private final ApplicationContext context;

		Sub(ApplicationContext context) {
			this.context = context;
		}

		abstract Object run(ResolutionService service);

		abstract CypherResult table(Object answer);

		@Override
		public Integer call() {
			var err = spec.commandLine().getErr();
			if (!"table".equals(format) && !"json".equals(format)) {
				err.println("ironriver: --format must be table or json");
				return ExitCodes.USAGE;
			}
			try {
				Object answer;
				if (context != null) {
					answer = run(context.getBean(ResolutionService.class));
				}
				else {
					try (var started = SpringContexts.withoutWeb()) {
						answer = run(started.getBean(ResolutionService.class));
					}
				}
				var out = spec.commandLine().getOut();
				out.print(
						"json".equals(format) ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n"
								: ResultFormats.write(table(answer), ResultFormats.Format.TABLE));
				out.flush();
				return ExitCodes.OK;
			}
			catch (NotFoundException | BadRequestException ex) {
				err.println("ironriver: " + ex.getMessage());
				return ExitCodes.USAGE;
			}
			catch (RuntimeException ex) {
				err.println("ironriver: " + CliErrors.message(ex));
				return ExitCodes.FAILURE;
			}
		}

		static CypherResult rows(List<String> columns, List<Map<String, Object>> rows) {
			return new CypherResult(columns, rows, rows.size(), false, rows.size());
		}

		static CypherResult judgements(List<Judgement> judgements) {
			var rows = new ArrayList<Map<String, Object>>();
			for (var j : judgements) {
				var row = new LinkedHashMap<String, Object>();
				row.put("id", j.id());
				row.put("left", j.left());
				row.put("right", j.right());
				row.put("verdict", j.verdict());
				row.put("who", j.who());
				row.put("at", String.valueOf(j.at()));
				row.put("score", j.score());
				row.put("why", j.why());
				row.put("undone", j.retractedAt() == null ? "" : String.valueOf(j.retractedAt()));
				rows.add(row);
			}
			return rows(List.of("id", "left", "right", "verdict", "who", "at", "score", "why", "undone"), rows);
		}

	}

	@Command(name = "candidates", mixinStandardHelpOptions = true,
			description = "Pairs that may be one entity, best first, with the features of each score.")
	public static class Candidates extends Sub {

		@Option(names = "--threshold", description = "the least score (default 0.7)")
		Double threshold;

		@Option(names = "--type", description = "only pairs with an entity of this type label, e.g. Dealer")
		String type;

		@Option(names = "--offset", defaultValue = "0")
		int offset;

		@Option(names = "--limit", defaultValue = "50", description = "at most 500")
		int limit;

		public Candidates() {
			this(null);
		}

		Candidates(ApplicationContext context) {
			super(context);
		}

		@Override
		Object run(ResolutionService service) {
			return service.candidates(threshold, type, offset, limit);
		}

		@Override
		CypherResult table(Object answer) {
			var rows = new ArrayList<Map<String, Object>>();
			for (var c : ((CandidatesAnswer) answer).candidates()) {
				var row = new LinkedHashMap<String, Object>();
				row.put("score", c.score());
				row.put("left", c.left().id());
				row.put("leftName", c.left().name());
				row.put("right", c.right().id());
				row.put("rightName", c.right().name());
				row.put("features",
						c.features()
							.stream()
							.map(f -> f.feature() + " " + (f.weight() >= 0 ? "+" : "") + f.weight())
							.collect(Collectors.joining("; ")));
				row.put("judgement", c.judgement() == null ? "" : c.judgement());
				rows.add(row);
			}
			return rows(List.of("score", "left", "leftName", "right", "rightName", "features", "judgement"), rows);
		}

	}

	@Command(name = "judgements", mixinStandardHelpOptions = true, description = "Standing judgements, newest first.")
	public static class Judgements extends Sub {

		@Option(names = "--entity", description = "only those naming this entity")
		String entity;

		@Option(names = "--limit", defaultValue = "100")
		int limit;

		public Judgements() {
			this(null);
		}

		Judgements(ApplicationContext context) {
			super(context);
		}

		@Override
		Object run(ResolutionService service) {
			return service.judgements(entity, limit);
		}

		@Override
		@SuppressWarnings("unchecked")
		CypherResult table(Object answer) {
			return judgements((List<Judgement>) answer);
		}

	}

	@Command(name = "judge", mixinStandardHelpOptions = true,
			description = "Judge two entities the same, not the same, or unsure.")
	public static class Judge extends Sub {

		@Parameters(index = "0", paramLabel = "LEFT")
		String left;

		@Parameters(index = "1", paramLabel = "RIGHT")
		String right;

		@Option(names = "--verdict", required = true, description = "same, not-same or unsure")
		String verdict;

		@Option(names = "--why", description = "the reason, kept with the judgement")
		String why;

		public Judge() {
			this(null);
		}

		Judge(ApplicationContext context) {
			super(context);
		}

		@Override
		Object run(ResolutionService service) {
			return service.judge(Actor.cli(), new JudgementRequest(left, right, verdict, why));
		}

		@Override
		CypherResult table(Object answer) {
			return judgements(List.of((Judgement) answer));
		}

	}

	@Command(name = "undo", mixinStandardHelpOptions = true,
			description = "Undo a judgement: it is kept, marked undone, and the two entities answer apart again.")
	public static class Undo extends Sub {

		@Parameters(index = "0", paramLabel = "JUDGEMENT")
		String id;

		@Option(names = "--why", description = "the reason, kept with the judgement")
		String why;

		public Undo() {
			this(null);
		}

		Undo(ApplicationContext context) {
			super(context);
		}

		@Override
		Object run(ResolutionService service) {
			return service.undo(Actor.cli(), id, why);
		}

		@Override
		CypherResult table(Object answer) {
			return judgements(List.of((Judgement) answer));
		}

	}

}
