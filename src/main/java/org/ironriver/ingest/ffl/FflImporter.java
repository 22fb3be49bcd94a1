package org.ironriver.ingest.ffl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.ironriver.evidence.PartialDate;
import org.ironriver.ingest.GraphTarget;
import org.ironriver.ingest.ImportFailedException;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.ImportOptions;
import org.ironriver.ingest.ImportRecorder;
import org.ironriver.ingest.ImportSummary;
import org.ironriver.ingest.InputFile;
import org.ironriver.ingest.LongLineMap;
import org.ironriver.ingest.PreparedImport;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.RejectWriter;
import org.ironriver.ingest.RowError;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;

/**
 * Imports ATF FFL listings: each licensee a Dealer, Manufacturer or Importer keyed by
 * region, district and sequence (one node across months and renewals), located in its
 * city, which is located in its state, which is in the U.S.
 *
 * <p>
 * Two passes over the file, streamed: the first validates every row (nothing is written
 * when any is invalid, unless invalid rows are to be skipped), computes the checksum and
 * collects the cities; the second writes. Rows are written in batches of parameterized
 * {@code UNWIND} statements by several writers, each owning the licensees of a disjoint
 * set of cities, so no two transactions ever wait on the same city's lock. A row whose
 * licensee already lists this month with the same values is left untouched (not even
 * locked), which makes re-imports cheap.
 */
public final class FflImporter {

	/** ATF names its files MMYY-ffl-list…; the generator and most people use YYYY-MM. */
	private static final Pattern ISO_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?!\\d)");

	private static final Pattern ATF_MONTH = Pattern.compile("(?<!\\d)(0[1-9]|1[0-2])(\\d{2})-ffl",
			Pattern.CASE_INSENSITIVE);

	/**
	 * One statement per label, so labels stay static (no per-row dynamic label lookup).
	 */
	private static final Map<NodeType, String> WRITE_ROWS = new EnumMap<>(NodeType.class);

	/**
	 * Licensees the graph does not have yet: created outright, without MERGE's locking
	 * and eager plan.
	 */
	private static final Map<NodeType, String> CREATE_ROWS = new EnumMap<>(NodeType.class);

	static {
		for (var type : List.of(NodeType.DEALER, NodeType.MANUFACTURER, NodeType.IMPORTER)) {
			var others = List.of(NodeType.DEALER, NodeType.MANUFACTURER, NodeType.IMPORTER)
				.stream()
				.filter(t -> t != type)
				.map(t -> "n:" + t.label())
				.toList();
			WRITE_ROWS.put(type, writeStatement(type.label(), String.join(", ", others)));
			CREATE_ROWS.put(type, createStatement(type.label()));
		}
	}

	/**
	 * The per-row write. Unchanged rows (this month already listed, same values, same
	 * city) stop at the WHERE. A listing older than the licensee's latest adds the month
	 * but does not overwrite newer values. A move to another city closes the old
	 * LOCATED_IN (validTo = end of the last month listed there) instead of deleting it.
	 */
	static String writeStatement(String label, String otherLabels) {
		return """
				UNWIND $rows AS row
				MERGE (n:Entity {id: row[0]})
				ON CREATE SET n:%1$s, n.origin = $importId
				WITH n, row, $listing IN coalesce(n.listings, []) AS listed
				WITH n, row, listed, listed AND n:%1$s AND n.name = row[1] AND n.licenceNumber = row[2]
				     AND n.licenceType = row[3] AND n.licenseName = row[4] AND coalesce(n.businessName, '') = coalesce(row[5], '')
				     AND n.premises = row[6] AND n.premisesStreet = row[7] AND n.premisesZip = row[8]
				     AND coalesce(n.phone, '') = coalesce(row[9], '') AND coalesce(n.mailingAddress, '') = coalesce(row[10], '')
				     AND EXISTS { (n)-[:LOCATED_IN]->(:Entity {id: row[11]}) } AS same
				WHERE NOT same
				WITH n, row, listed, n.lastListed AS previousLast
				WITH n, row, listed, previousLast, previousLast IS NULL OR previousLast <= $month AS latest
				SET n.listings = CASE WHEN listed THEN n.listings ELSE coalesce(n.listings, []) + $listing END,
				    n.firstListed = CASE WHEN n.firstListed IS NULL OR $month < n.firstListed THEN $month ELSE n.firstListed END,
				    n.lastListed = CASE WHEN latest THEN $month ELSE previousLast END,
				    n.imports = CASE WHEN $importId IN coalesce(n.imports, []) THEN n.imports ELSE coalesce(n.imports, []) + $importId END
				WITH n, row, latest, previousLast
				CALL (n, row, latest, previousLast) {
				  WITH n, row, previousLast WHERE latest
				  SET n:%1$s
				  REMOVE %2$s
				  SET n.name = row[1], n.licenceNumber = row[2], n.licenceType = row[3], n.licenseName = row[4],
				      n.businessName = row[5], n.premises = row[6], n.premisesStreet = row[7], n.premisesZip = row[8],
				      n.phone = row[9], n.mailingAddress = row[10]
				  WITH n, row, previousLast
				  OPTIONAL MATCH (n)-[moved:LOCATED_IN]->(old:Entity) WHERE old.id <> row[11] AND moved.validTo IS NULL
				  SET moved.validTo = previousLast + duration('P1M') - duration('P1D')
				  WITH DISTINCT n, row
				  MATCH (c:Entity {id: row[11]})
				  MERGE (n)-[r:LOCATED_IN]->(c)
				  ON CREATE SET r.origin = $importId, r.validFrom = $month, r.confidence = 1.0
				  SET r.sources = CASE WHEN $sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $sourceId END,
				      r.imports = CASE WHEN $importId IN coalesce(r.imports, []) THEN r.imports ELSE coalesce(r.imports, []) + $importId END,
				      r.assertedOn = $month, r.locator = row[12], r.validTo = null
				}
				RETURN count(*) AS changed
				"""
			.formatted(label, otherLabels);
	}

	/**
	 * The same result as {@link #writeStatement} for a licensee that does not exist yet.
	 * Which rows are new is read in the same transaction just before; if another import
	 * creates one of them in between, the unique constraint fails this transaction and
	 * the batch is written again through the MERGE statement.
	 */
	static String createStatement(String label) {
		return """
				UNWIND $rows AS row
				MATCH (c:Entity {id: row[11]})
				CREATE (n:Entity:%1$s {id: row[0]})
				SET n.origin = $importId, n.listings = [$listing], n.firstListed = $month, n.lastListed = $month,
				    n.imports = [$importId], n.name = row[1], n.licenceNumber = row[2], n.licenceType = row[3],
				    n.licenseName = row[4], n.businessName = row[5], n.premises = row[6], n.premisesStreet = row[7],
				    n.premisesZip = row[8], n.phone = row[9], n.mailingAddress = row[10]
				CREATE (n)-[r:LOCATED_IN]->(c)
				SET r.origin = $importId, r.validFrom = $month, r.confidence = 1.0, r.sources = [$sourceId],
				    r.imports = [$importId], r.assertedOn = $month, r.locator = row[12]
				RETURN count(*) AS changed
				""".formatted(label);
	}

	/**
	 * States and cities first, once per file, so the row statements only look them up.
	 */
	static final String WRITE_PLACES = """
			MERGE (us:Entity {id: 'US'})
			ON CREATE SET us:Country, us.name = 'United States', us.origin = $importId
			WITH us
			UNWIND $states AS s
			MERGE (st:Entity {id: s.id})
			ON CREATE SET st:Place, st.name = s.name, st.placeKind = 'us-state', st.code = s.code, st.origin = $importId
			MERGE (st)-[r:LOCATED_IN]->(us)
			ON CREATE SET r.origin = $importId, r.sources = [$sourceId], r.confidence = 1.0, r.imports = [$importId]
			WITH collect(DISTINCT st) AS ignored
			UNWIND $cities AS c
			MERGE (city:Entity {id: c.id})
			ON CREATE SET city:Place, city.name = c.name, city.placeKind = 'us-city', city.origin = $importId
			WITH city, c
			MATCH (st:Entity {id: c.state})
			MERGE (city)-[r:LOCATED_IN]->(st)
			ON CREATE SET r.origin = $importId, r.sources = [$sourceId], r.confidence = 1.0, r.imports = [$importId]
			RETURN count(*) AS cities
			""";

	private final GraphTarget target;

	private final Progress progress;

	public FflImporter(GraphTarget target, Progress progress) {
		this.target = target;
		this.progress = progress;
	}

	/** What the first pass learned about a file. */
	public record Validation(Path path, String name, String checksum, YearMonth month, long rows, long rejected,
			List<RowError> errors, long errorCount, boolean fatal, Map<String, City> cities, Path rejectFile,
			long[] rejectedLines) {

		/**
		 * Valid files are written; with --skip-invalid so are their valid rows, unless
		 * the file as a whole is at fault (encoding, header, truncation, unknown month),
		 * where no row can be trusted.
		 */
		public boolean writable(ImportOptions options) {
			return errorCount == 0 || (options.skipInvalid() && !fatal);
		}
	}

	/** A premises city: its display name and state. */
	public record City(String stateCode, String name) {
	}

	/** Validates every row of the file without writing anything. */
	public Validation validate(Path path, String name, ImportOptions options) {
		var errors = new ArrayList<RowError>();
		var errorCount = new long[1];
		var cities = new LinkedHashMap<String, City>();
		var seen = new LongLineMap();
		var rejected = new LongList();
		var rejectedErrors = new long[1];
		YearMonth month = null;
		try {
			month = listingMonth(name, options.listingMonth());
		}
		catch (IllegalArgumentException ex) {
			addError(errors, errorCount, new RowError(name, 0, null, "file: " + ex.getMessage()));
		}
		long rows = 0;
		String checksum = null;
		Path rejectPath = options.skipInvalid()
				? (options.rejectFile() != null ? options.rejectFile() : RejectWriter.defaultFor(path)) : null;
		try (var file = InputFile.open(path, name);
				var rejects = rejectPath == null ? null : new RejectWriter(rejectPath)) {
			var reader = new BufferedReader(file.reader(), 1 << 16);
			var header = reader.readLine();
			if (header == null || header.isBlank()) {
				addError(errors, errorCount, new RowError(name, 1, null, "empty file: no header line"));
			}
			else {
				var problem = FflParser.headerProblem(header);
				if (problem != null) {
					addError(errors, errorCount, new RowError(name, 1, null, problem));
				}
				else {
					long line = 1;
					String text;
					var rowErrors = new ArrayList<RowError>(4);
					while ((text = reader.readLine()) != null) {
						line++;
						if (text.isEmpty()) {
							continue;
						}
						rows++;
						rowErrors.clear();
						var row = FflParser.parse(name, line, text, rowErrors);
						if (row != null) {
							long earlier = seen.putIfAbsent(row.key(), line);
							if (earlier != 0) {
								rowErrors.add(new RowError(name, line, "LIC_SEQN",
										"duplicate licensee " + row.id() + " (already on line " + earlier + ")"));
							}
							else {
								cities.computeIfAbsent(row.cityKey(), k -> new City(row.fields()[FflRow.PREMISE_STATE],
										UsStates.titleCase(row.fields()[FflRow.PREMISE_CITY])));
							}
						}
						if (!rowErrors.isEmpty()) {
							rejected.add(line);
							for (var error : rowErrors) {
								rejectedErrors[0]++;
								addError(errors, errorCount, error);
								if (rejects != null) {
									rejects.reject(error, text);
								}
							}
						}
					}
					if (rows == 0) {
						addError(errors, errorCount,
								new RowError(name, 2, null, "no licensees: the file has a header but no rows"));
					}
				}
			}
			checksum = file.checksum();
		}
		catch (InputFile.FileProblem ex) {
			addError(errors, errorCount, new RowError(name, Math.max(ex.line(), 1), null, ex.getMessage()));
		}
		catch (IOException ex) {
			addError(errors, errorCount, new RowError(name, 0, null, "file: cannot read: " + ex.getMessage()));
		}
		catch (UncheckedIOException ex) {
			addError(errors, errorCount, new RowError(name, 0, null, "file: " + ex.getMessage()));
		}
		boolean fatal = errorCount[0] > rejectedErrors[0];
		return new Validation(path, name, checksum, month, rows, rejected.size(), errors, errorCount[0], fatal, cities,
				rejectPath, rejected.toArray());
	}

	private static void addError(List<RowError> errors, long[] count, RowError error) {
		count[0]++;
		if (errors.size() < ImportOptions.MAX_REPORTED_ERRORS) {
			errors.add(error);
		}
	}

	/**
	 * The month a listing is for: the option, else the file name; never in the future,
	 * never before 1900.
	 */
	static YearMonth listingMonth(String fileName, String option) {
		YearMonth month;
		if (option != null && !option.isBlank()) {
			try {
				month = PartialDate.parseMonth(option);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("listing month '" + option + "' is not YYYY-MM");
			}
		}
		else {
			var iso = ISO_MONTH.matcher(fileName);
			var atf = ATF_MONTH.matcher(fileName);
			if (iso.find()) {
				month = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
			}
			else if (atf.find()) {
				month = YearMonth.of(2000 + Integer.parseInt(atf.group(2)), Integer.parseInt(atf.group(1)));
			}
			else {
				throw new IllegalArgumentException("the listing month is unknown: name the file like ffl-2026-10.txt "
						+ "or ATF's 1026-ffl-list.txt, or pass --listing-month 2026-10");
			}
		}
		if (month.isAfter(YearMonth.now())) {
			throw new IllegalArgumentException("listing month " + month + " is in the future");
		}
		if (month.getYear() < PartialDate.MIN_YEAR) {
			throw new IllegalArgumentException("listing month " + month + " is before " + PartialDate.MIN_YEAR);
		}
		return month;
	}

	/** Validates the file; the result writes it. */
	public PreparedImport prepare(Path path, String name, ImportOptions options) {
		var validation = validate(path, name, options);
		return PreparedImport.of(name, validation.month() + " " + name, validation.errors(), validation.errorCount(),
				validation::writable, o -> write(validation, o));
	}

	/** Validates and, when the file is valid (or invalid rows are skipped), writes it. */
	public ImportSummary importFile(Path path, String name, ImportOptions options) {
		return prepare(path, name, options).writeOrReject(options);
	}

	/** Writes a validated file. */
	public ImportSummary write(Validation validation, ImportOptions options) {
		long started = System.nanoTime();
		var kind = ImportKind.FFL;
		var importId = ImportRecorder.importId(kind, validation.checksum());
		var sourceId = ImportRecorder.sourceId(kind, validation.checksum());
		var month = validation.month();
		var source = new ImportRecorder.FileSource(sourceId,
				"ATF FFL listing " + month + " (" + validation.name() + ")", options.sourceUrl(), month.atDay(1));
		long valid = validation.rows() - validation.rejected();
		long run = ImportRecorder.start(target, kind, importId, validation.name(), validation.checksum(),
				validation.rows(), options, source);
		var common = new HashMap<String, Object>();
		common.put("importId", importId);
		common.put("sourceId", sourceId);
		common.put("month", month.atDay(1));
		common.put("listing", month.toString());
		var created = new AtomicLong();
		var changed = new AtomicLong();
		try {
			var cityIds = writePlaces(validation, common);
			progress.start("ffl " + validation.name(), valid);
			writeRows(validation, options, common, cityIds, created, changed);
			progress.finish();
		}
		catch (RuntimeException ex) {
			// Rows of committed batches are written, whole; a changed row may have been
			// new or not, so all count as written.
			boolean recorded = ImportRecorder.fail(target, importId, run, created.get(), changed.get() - created.get(),
					0, validation.rejected(), String.valueOf(ex.getMessage()));
			throw new ImportFailedException(new ImportSummary(importId, kind.key(), validation.name(),
					validation.checksum(), validation.rows(), created.get(), changed.get() - created.get(), 0,
					validation.rejected(), ImportRecorder.FAILED, null, (System.nanoTime() - started) / 1e9), run,
					recorded, ex);
		}
		long updated = changed.get() - created.get();
		long unchanged = valid - changed.get();
		ImportRecorder.finish(target, importId, ImportRecorder.COMPLETED, created.get(), updated, unchanged,
				validation.rejected(), null);
		return new ImportSummary(importId, kind.key(), validation.name(), validation.checksum(), validation.rows(),
				created.get(), updated, unchanged, validation.rejected(), ImportRecorder.COMPLETED,
				validation.rejectFile() == null ? null : validation.rejectFile().toString(),
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * Merges the states and cities of the file and returns the city ids by city key. A
	 * city the graph already has by its name ("Yuma, Arizona") keeps the id it has;
	 * others get {@code <city-slug>-<state code>}, e.g. {@code yuma-az}. Finding cities
	 * by name first is also the compatibility rule for ids made by the earlier ASCII-only
	 * slug: a store holding {@code ca-on-city-co} for "Cañon City, Colorado" keeps that
	 * node, and only a new store gets {@code canon-city-co}, so the store never splits.
	 */
	private Map<String, String> writePlaces(Validation validation, Map<String, Object> common) {
		var existing = new HashMap<String, String>();
		target
			.read(tx -> tx
				.run("MATCH (p:Place {placeKind: 'us-city'}) RETURN p.id AS id, toUpper(p.name) AS name", Map.of())
				.rows())
			.forEach(r -> existing.put((String) r.get("name"), (String) r.get("id")));
		var cityIds = new HashMap<String, String>();
		var cities = new ArrayList<Map<String, Object>>();
		var states = new LinkedHashMap<String, Map<String, Object>>();
		for (var entry : validation.cities().entrySet()) {
			var city = entry.getValue();
			var state = UsStates.byCode(city.stateCode());
			var name = city.name() + ", " + state.name();
			var id = existing.getOrDefault(name.toUpperCase(Locale.ROOT),
					EntityIds.slug(city.name()) + "-" + state.code().toLowerCase(Locale.ROOT));
			cityIds.put(entry.getKey(), id);
			cities.add(Map.of("id", id, "name", name, "state", state.id()));
			states.computeIfAbsent(state.code(),
					c -> Map.of("id", state.id(), "name", state.name(), "code", state.code()));
		}
		var parameters = new HashMap<>(common);
		parameters.put("states", new ArrayList<>(states.values()));
		for (int from = 0; from < Math.max(cities.size(), 1); from += 5_000) {
			parameters.put("cities", cities.subList(from, Math.min(cities.size(), from + 5_000)));
			target.write(tx -> tx.run(WRITE_PLACES, parameters));
		}
		return cityIds;
	}

	private void writeRows(Validation validation, ImportOptions options, Map<String, Object> common,
			Map<String, String> cityIds, AtomicLong created, AtomicLong changed) {
		int writers = options.writers();
		// Each writer has one batch in its transaction while the reader fills its next
		// one, so at most two batches
		// per writer are in memory however long the file. A batch holds only the
		// statement parameters (not the parsed
		// lines): both weigh on the heap the embedded database shares, and garbage
		// collection is what costs most
		// when it fills.
		var slots = new Semaphore[writers];
		var executors = new ExecutorService[writers];
		for (int i = 0; i < writers; i++) {
			slots[i] = new Semaphore(1);
			executors[i] = Executors.newSingleThreadExecutor(r -> {
				var thread = new Thread(r, "ffl-writer");
				thread.setDaemon(true);
				return thread;
			});
		}
		var failure = new AtomicReference<RuntimeException>();
		var pending = new ArrayList<Future<?>>();
		var buffers = new Batch[writers];
		for (int i = 0; i < writers; i++) {
			buffers[i] = new Batch();
		}
		long[] rejected = validation.rejectedLines();
		int nextRejected = 0;
		try (var file = InputFile.open(validation.path(), validation.name())) {
			var reader = new BufferedReader(file.reader(), 1 << 16);
			reader.readLine();
			long line = 1;
			String text;
			var ignored = new ArrayList<RowError>();
			while ((text = reader.readLine()) != null && failure.get() == null) {
				line++;
				if (text.isEmpty()) {
					continue;
				}
				if (nextRejected < rejected.length && rejected[nextRejected] == line) {
					nextRejected++;
					continue;
				}
				ignored.clear();
				var row = FflParser.parse(validation.name(), line, text, ignored);
				if (row == null) {
					throw new IllegalStateException(
							validation.name() + " changed while it was imported (line " + line + ")");
				}
				var cityId = cityIds.get(row.cityKey());
				int partition = Math.floorMod(cityId.hashCode(), writers);
				buffers[partition].add(row.type(), row.parameters(cityId, validation.name()));
				if (buffers[partition].size >= options.batchSize()) {
					pending.add(submit(executors[partition], slots[partition], buffers[partition], common, created,
							changed, failure));
					buffers[partition] = new Batch();
				}
				if (pending.size() > 64) {
					pending.removeIf(Future::isDone);
				}
			}
			for (int i = 0; i < writers; i++) {
				if (buffers[i].size > 0) {
					pending.add(submit(executors[i], slots[i], buffers[i], common, created, changed, failure));
				}
			}
			for (var future : pending) {
				future.get();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
		}
		finally {
			for (var executor : executors) {
				executor.shutdownNow();
			}
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	/** One transaction's rows, as statement parameters grouped by licensee type. */
	private static final class Batch {

		final Map<NodeType, List<List<Object>>> byType = new EnumMap<>(NodeType.class);

		int size;

		void add(NodeType type, List<Object> parameters) {
			byType.computeIfAbsent(type, t -> new ArrayList<>()).add(parameters);
			size++;
		}

	}

	private Future<?> submit(ExecutorService executor, Semaphore slots, Batch batch, Map<String, Object> common,
			AtomicLong created, AtomicLong changed, AtomicReference<RuntimeException> failure)
			throws InterruptedException {
		slots.acquire();
		return executor.submit(() -> {
			try {
				if (failure.get() != null) {
					return;
				}
				// Each batch is one transaction: a row is written whole or not at all,
				// and a re-run completes it.
				long[] counts;
				try {
					counts = target.write(tx -> writeBatch(tx, batch.byType, common, true));
				}
				catch (RuntimeException ex) {
					if (!constraintViolation(ex)) {
						throw ex;
					}
					counts = target.write(tx -> writeBatch(tx, batch.byType, common, false));
				}
				created.addAndGet(counts[0]);
				changed.addAndGet(counts[1]);
				progress.advance(batch.size);
			}
			catch (RuntimeException ex) {
				failure.compareAndSet(null, ex);
			}
			finally {
				slots.release();
			}
		});
	}

	/**
	 * Writes one batch: rows whose licensee is new through the CREATE statement (when
	 * allowed), the others through the MERGE statement, which skips unchanged rows.
	 * Returns {nodes created, rows changed}.
	 */
	private static long[] writeBatch(GraphTarget.Statements tx, Map<NodeType, List<List<Object>>> byType,
			Map<String, Object> common, boolean createNew) {
		var existing = new java.util.HashSet<Object>();
		if (createNew) {
			var ids = new ArrayList<Object>();
			byType.values().forEach(rows -> rows.forEach(r -> ids.add(r.get(0))));
			tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id", Map.of("ids", ids))
				.rows()
				.forEach(r -> existing.add(r.get("id")));
		}
		long c = 0;
		long n = 0;
		for (var entry : byType.entrySet()) {
			var fresh = new ArrayList<List<Object>>();
			var known = new ArrayList<List<Object>>();
			for (var row : entry.getValue()) {
				(createNew && !existing.contains(row.get(0)) ? fresh : known).add(row);
			}
			for (var part : List.of(fresh, known)) {
				if (part.isEmpty()) {
					continue;
				}
				var parameters = new HashMap<>(common);
				parameters.put("rows", part);
				var outcome = tx.run(part == fresh ? CREATE_ROWS.get(entry.getKey()) : WRITE_ROWS.get(entry.getKey()),
						parameters);
				c += outcome.nodesCreated();
				n += ((Number) outcome.rows().get(0).get("changed")).longValue();
			}
		}
		return new long[] { c, n };
	}

	private static boolean constraintViolation(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.graphdb.ConstraintViolationException
					|| cause instanceof org.neo4j.graphdb.QueryExecutionException query
							&& String.valueOf(query.getStatusCode()).contains("ConstraintValidationFailed")
					|| cause instanceof org.neo4j.driver.exceptions.ClientException client && client.code() != null
							&& client.code().contains("ConstraintValidationFailed")) {
				return true;
			}
		}
		return false;
	}

	/** A growable list of line numbers in a primitive array. */
	private static final class LongList {

		private long[] values = new long[16];

		private int size;

		void add(long value) {
			if (size > 0 && values[size - 1] == value) {
				return;
			}
			if (size == values.length) {
				values = java.util.Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int size() {
			return size;
		}

		long[] toArray() {
			return java.util.Arrays.copyOf(values, size);
		}

	}

}
