package org.ironriver.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ironriver.database.EmbeddedNeo4j;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.facts.FactsImporter;
import org.ironriver.ingest.ffl.FflImporter;
import org.ironriver.ingest.ftm.FtmImporter;
import org.ironriver.ingest.records.Transactions;
import org.ironriver.ingest.trace.TraceImporter;
import org.neo4j.driver.AccessMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The seam every bulk import goes through (CLI and REST): validate every file first, write only what may be written,
 * record each import. Writes go straight to the embedded database when it runs in this JVM, over the driver
 * otherwise (an external server, or a running ironriver reached at {@code NEO4J_URI}).
 */
@Service
public class ImportService {

	private final GraphTarget target;

	private final Transactions transactions;

	ImportService(Neo4jSessions sessions, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.transactions = Transactions.of(sessions);
		var local = embedded.getIfAvailable();
		this.target = local != null ? GraphTarget.embedded(local.database())
				: GraphTarget.driver(sessions.driver(), sessions.config(AccessMode.WRITE), sessions.config(AccessMode.READ));
	}

	public GraphTarget target() {
		return target;
	}

	/** The driver transactions the record importers write in. */
	public Transactions transactions() {
		return transactions;
	}

	/** A file to import and the name it is reported under (an upload's original name, or the path as given). */
	public record InputFileRef(Path path, String name) {
	}

	/**
	 * Validates all files, then writes them. Throws {@link InvalidInputException} with every file's errors, writing
	 * nothing, when any file has errors that the options do not allow to skip.
	 */
	public List<ImportSummary> importFiles(ImportKind kind, List<InputFileRef> files, ImportOptions options,
			Progress progress) {
		var prepared = new ArrayList<PreparedImport>();
		var errors = new ArrayList<RowError>();
		long errorCount = 0;
		boolean blocked = false;
		for (var file : files) {
			var p = prepare(kind, file, options, progress);
			prepared.add(p);
			if (!p.writable(options)) {
				blocked = true;
			}
			if (!p.writable(options) || !options.skipInvalid()) {
				errorCount += p.errorCount();
				p.errors().stream().limit(ImportOptions.MAX_REPORTED_ERRORS - errors.size()).forEach(errors::add);
			}
		}
		if (blocked) {
			throw new InvalidInputException(errors, errorCount);
		}
		prepared.sort(Comparator.comparing(PreparedImport::order));
		var summaries = new ArrayList<ImportSummary>();
		for (var p : prepared) {
			summaries.add(p.write(options));
		}
		return summaries;
	}

	private PreparedImport prepare(ImportKind kind, InputFileRef file, ImportOptions options, Progress progress) {
		return switch (kind) {
			case FFL -> new FflImporter(target, progress).prepare(file.path(), file.name(), options);
			case FACTS -> new FactsImporter(target, transactions, progress).prepare(file.path(), file.name(), options);
			case TRACE -> new TraceImporter(target, transactions, progress).prepare(file.path(), file.name(), options);
			case FTM -> new FtmImporter(target, transactions, progress).prepare(file.path(), file.name(), options);
		};
	}

	public List<Map<String, Object>> recordedImports(int limit) {
		return ImportRecorder.list(target, limit);
	}
}
