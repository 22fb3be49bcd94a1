package org.ironriver.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ironriver.database.GraphTransport;
import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.ImportOptions;
import org.ironriver.ingest.ImportPipeline;
import org.ironriver.ingest.ImportRecorder;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.ffl.UsStates;
import org.ironriver.ingest.synthetic.SyntheticData;
import org.ironriver.schema.SchemaMigrations;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * FFL import speed against the baseline Neo4j's documentation recommends ({@code LOAD CSV
 * … CALL {…} IN TRANSACTIONS OF 10000 ROWS}) in one run: same generated file, same
 * database settings, same schema (the application's migrations), same MERGE keys, same
 * resulting graph (checked), each on a fresh store so neither starts from the other's
 * data. Prints both rates, the ratio and the peak heap. Not a test: run it by hand.
 *
 * <p>
 * The baseline's store allows LOAD CSV from the benchmark's own folder only; the
 * application never enables it.
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
		description = "Benchmark the FFL importer against LOAD CSV IN TRANSACTIONS on the same generated listing.")
public class ImportBenchmark implements Callable<Integer> {

	@Option(names = "--rows", defaultValue = "200000")
	int rows;

	@Option(names = "--seed", defaultValue = "42")
	long seed;

	@Option(names = "--writers", defaultValue = "2")
	int writers;

	@Option(names = "--batch-size", defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE,
			description = "the importer's rows per transaction (default: the importer's default, ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--baseline-rows-per-transaction", defaultValue = "10000",
			description = "LOAD CSV's IN TRANSACTIONS OF n ROWS (default ${DEFAULT-VALUE}, as the target states it)")
	int baselineRowsPerTransaction;

	@Option(names = "--warm-up-rows", defaultValue = "20000",
			description = "rows each method loads once on a throwaway store before the timed runs, so neither pays the "
					+ "JVM's warm-up in its figure (0: none)")
	int warmUpRows;

	@Option(names = "--reimport", description = "also time a second import of the same file with both methods")
	boolean reimport;

	@Option(names = "--keep-stores",
			description = "keep the timed stores under --dir to inspect them (default: deleted)")
	boolean keepStores;

	@Option(names = "--dir", defaultValue = "target/bench")
	Path dir;

	/**
	 * The importer's graph, written row by row by LOAD CSV: cities and states merged per
	 * row, as the docs do.
	 */
	static final String LOAD_CSV = """
			LOAD CSV WITH HEADERS FROM $url AS line FIELDTERMINATOR '\\t'
			CALL (line) {
			  WITH line, 'ffl-' + line.LIC_REGN + '-' + line.LIC_DIST + '-' + line.LIC_SEQN AS id,
			       $states[line.PREMISE_STATE] AS st,
			       line.PREMISE_STREET + ', ' + line.PREMISE_CITY + ', ' + line.PREMISE_STATE + ' ' + line.PREMISE_ZIP_CODE AS premises,
			       CASE WHEN coalesce(line.MAIL_STREET, '') = '' AND coalesce(line.MAIL_CITY, '') = '' THEN null
			            ELSE coalesce(line.MAIL_STREET, '') + ', ' + coalesce(line.MAIL_CITY, '') + ', ' + coalesce(line.MAIL_STATE, '') + ' ' + coalesce(line.MAIL_ZIP_CODE, '') END AS mailing,
			       reduce(s = '', w IN split(toLower(line.PREMISE_CITY), ' ') | s + CASE WHEN s = '' THEN '' ELSE ' ' END + toUpper(left(w, 1)) + substring(w, 1)) AS cityName
			  WITH line, id, st, premises, CASE WHEN mailing = premises THEN null ELSE mailing END AS mailing, cityName,
			       replace(toLower(line.PREMISE_CITY), ' ', '-') + '-' + toLower(line.PREMISE_STATE) AS cityId,
			       CASE line.LIC_TYPE WHEN '07' THEN 'Manufacturer' WHEN '10' THEN 'Manufacturer' WHEN '08' THEN 'Importer' WHEN '11' THEN 'Importer' ELSE 'Dealer' END AS label
			  MERGE (us:Entity {id: 'US'})
			  ON CREATE SET us:Country, us.name = 'United States', us.origin = $importId
			  MERGE (s:Entity {id: st.id})
			  ON CREATE SET s:Place, s.name = st.name, s.placeKind = 'us-state', s.code = st.code, s.origin = $importId
			  MERGE (s)-[sr:LOCATED_IN]->(us)
			  ON CREATE SET sr.origin = $importId, sr.sources = [$sourceId], sr.confidence = 1.0, sr.imports = [$importId]
			  MERGE (c:Entity {id: cityId})
			  ON CREATE SET c:Place, c.name = cityName + ', ' + st.name, c.placeKind = 'us-city', c.origin = $importId
			  MERGE (c)-[cr:LOCATED_IN]->(s)
			  ON CREATE SET cr.origin = $importId, cr.sources = [$sourceId], cr.confidence = 1.0, cr.imports = [$importId]
			  MERGE (n:Entity {id: id})
			  ON CREATE SET n:$(label), n.origin = $importId
			  SET n.listings = CASE WHEN $listing IN coalesce(n.listings, []) THEN n.listings ELSE coalesce(n.listings, []) + $listing END,
			      n.firstListed = CASE WHEN n.firstListed IS NULL OR $month < n.firstListed THEN $month ELSE n.firstListed END,
			      n.lastListed = CASE WHEN n.lastListed IS NULL OR n.lastListed <= $month THEN $month ELSE n.lastListed END,
			      n.imports = CASE WHEN $importId IN coalesce(n.imports, []) THEN n.imports ELSE coalesce(n.imports, []) + $importId END,
			      n.name = line.LICENSE_NAME,
			      n.licenceNumber = line.LIC_REGN + '-' + line.LIC_DIST + '-' + line.LIC_CNTY + '-' + line.LIC_TYPE + '-' + line.LIC_XPRDTE + '-' + line.LIC_SEQN,
			      n.licenceType = line.LIC_TYPE, n.licenseName = line.LICENSE_NAME,
			      n.businessName = CASE WHEN line.BUSINESS_NAME = '' THEN null ELSE line.BUSINESS_NAME END,
			      n.premises = premises, n.premisesStreet = line.PREMISE_STREET, n.premisesZip = line.PREMISE_ZIP_CODE,
			      n.phone = CASE WHEN line.VOICE_PHONE = '' THEN null ELSE line.VOICE_PHONE END, n.mailingAddress = mailing
			  MERGE (n)-[r:LOCATED_IN]->(c)
			  ON CREATE SET r.origin = $importId, r.validFrom = $month, r.confidence = 1.0
			  SET r.sources = CASE WHEN $sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $sourceId END,
			      r.imports = CASE WHEN $importId IN coalesce(r.imports, []) THEN r.imports ELSE coalesce(r.imports, []) + $importId END,
			      r.assertedOn = $month, r.locator = $file + ':' + toString(linenumber()), r.validTo = null
			} IN TRANSACTIONS OF $rowsPerTransaction ROWS
			""";

	/** What both loads must agree on. */
	static final String FINGERPRINT = """
			MATCH (n:Entity) WHERE n.id STARTS WITH 'ffl-'
			WITH count(n) AS licensees, sum(size(n.name) + size(n.licenceNumber) + size(coalesce(n.mailingAddress, ''))
			     + size(coalesce(n.businessName, '')) + size(n.premises)) AS chars,
			     sum(CASE WHEN n:Dealer THEN 1 ELSE 0 END) AS dealers, sum(CASE WHEN n:Manufacturer THEN 1 ELSE 0 END) AS manufacturers
			MATCH (c:Place {placeKind: 'us-city'})
			WITH licensees, chars, dealers, manufacturers, count(c) AS cities
			MATCH ()-[r:LOCATED_IN]->()
			RETURN licensees, chars, dealers, manufacturers, cities, count(r) AS locatedIn,
			       sum(size(r.locator)) AS locatorChars
			""";

	public static void main(String[] args) {
		System.exit(new CommandLine(new ImportBenchmark()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		var month = YearMonth.of(2026, 1);
		var options = new ImportOptions(false, null, batchSize, null, null, "bench", writers);
		long heapMax = Runtime.getRuntime().maxMemory();
		if (warmUpRows > 0) {
			var warmUp = listing(warmUpRows, month);
			loadCsv(warmUp, month, false);
			importer(warmUp, options, false, null);
			System.out.printf("warm-up: both methods loaded %,d rows once on throwaway stores%n", warmUpRows);
		}
		var file = listing(rows, month);
		var baseline = loadCsv(file, month, reimport);
		System.out.printf("LOAD CSV IN TRANSACTIONS OF %d ROWS: %,d rows in %.1f s = %,.0f rows/s%n",
				baselineRowsPerTransaction, rows, baseline.seconds(), rows / baseline.seconds());
		if (reimport) {
			System.out.printf("LOAD CSV re-import: %.1f s = %,.0f rows/s%n", baseline.reimportSeconds(),
					rows / baseline.reimportSeconds());
		}
		var heap = new HeapSampler();
		var ours = importer(file, options, reimport, heap);
		System.out.printf("  of which validation pass %.1f s, places and rows %.1f s%n", ours.validationSeconds(),
				ours.seconds() - ours.validationSeconds());
		System.out.printf(
				"ironriver import ffl (%d writers, %,d rows a transaction, embedded): %,d rows in %.1f s = "
						+ "%,.0f rows/s (created %,d)%n",
				writers, batchSize, rows, ours.seconds(), rows / ours.seconds(), ours.created());
		if (reimport) {
			System.out.printf("ironriver re-import: %.1f s = %,.0f rows/s (unchanged %,d)%n", ours.reimportSeconds(),
					rows / ours.reimportSeconds(), ours.unchanged());
		}
		boolean same = baseline.fingerprint().equals(ours.fingerprint());
		System.out.println("graph fingerprint LOAD CSV: " + baseline.fingerprint());
		System.out.println("graph fingerprint importer: " + ours.fingerprint() + (same ? " (same)" : " (DIFFERENT)"));
		System.out.printf("RATIO importer / LOAD CSV: %.2fx (%,.0f vs %,.0f rows/s)%n",
				baseline.seconds() / ours.seconds(), rows / ours.seconds(), rows / baseline.seconds());
		if (reimport) {
			System.out.printf("RATIO re-import: %.2fx%n", baseline.reimportSeconds() / ours.reimportSeconds());
		}
		System.out.printf(
				"heap during the importer run (sampled every 50 ms): max %d MiB, peak in use %d MiB, "
						+ "peak live after a collection %d MiB%n",
				heapMax >> 20, heap.peakUsed >> 20, heap.peakLive >> 20);
		return same ? 0 : 1;
	}

	/** What one method did: its times and the graph it left. */
	record Run(double seconds, double validationSeconds, double reimportSeconds, long created, long unchanged,
			Map<String, Object> fingerprint) {
	}

	/**
	 * The generated listing of {@code count} licensees (kept between runs: same seed,
	 * same file).
	 */
	private Path listing(int count, YearMonth month) throws IOException {
		var data = dir.resolve("data-" + count + "-" + seed).toAbsolutePath();
		Files.createDirectories(data);
		var file = data.resolve("ffl-" + month + ".txt");
		if (!Files.exists(file)) {
			System.out.printf("generating %,d licensees in %s%n", count, file);
			SyntheticData.ffl(data, count, 1, month, seed, false);
		}
		return file;
	}

	/**
	 * The baseline on its own fresh store: LOAD CSV reads the file from the store's
	 * import folder.
	 */
	private Run loadCsv(Path file, YearMonth month, boolean again) throws IOException {
		// validating an FFL listing reads no graph, so no database is needed here
		var checksum = ImportPipeline.of(ImportKind.FFL, null, Progress.NONE)
			.validate(file, file.getFileName().toString(), ImportOptions.defaults())
			.checksum();
		try (var db = Db.start(dir.resolve("store-loadcsv-" + System.nanoTime()), file.getParent(), keepStores)) {
			var parameters = new HashMap<String, Object>();
			parameters.put("url", "file:///" + file.getFileName());
			parameters.put("rowsPerTransaction", baselineRowsPerTransaction);
			parameters.put("importId", ImportRecorder.importId(ImportKind.FFL, checksum));
			parameters.put("sourceId", ImportRecorder.sourceId(ImportKind.FFL, checksum));
			parameters.put("month", month.atDay(1));
			parameters.put("listing", month.toString());
			parameters.put("file", file.getFileName().toString());
			var states = new HashMap<String, Object>();
			UsStates.all()
				.forEach((code, s) -> states.put(code, Map.of("id", s.id(), "name", s.name(), "code", s.code())));
			parameters.put("states", states);
			long t0 = System.nanoTime();
			db.driverTarget().autoCommit(LOAD_CSV, parameters);
			double seconds = (System.nanoTime() - t0) / 1e9;
			double reimportSeconds = 0;
			if (again) {
				t0 = System.nanoTime();
				db.driverTarget().autoCommit(LOAD_CSV, parameters);
				reimportSeconds = (System.nanoTime() - t0) / 1e9;
			}
			return new Run(seconds, 0, reimportSeconds, 0, 0,
					db.driverTarget().read(tx -> tx.run(FINGERPRINT, Map.of()).rows()).get(0));
		}
	}

	/**
	 * The importer on an identical fresh store, in this JVM (the embedded database, no
	 * Bolt).
	 */
	private Run importer(Path file, ImportOptions options, boolean again, HeapSampler heap) throws IOException {
		try (var db = Db.start(dir.resolve("store-importer-" + System.nanoTime()), null, keepStores)) {
			if (heap != null) {
				heap.start();
			}
			var importer = ImportPipeline.of(ImportKind.FFL, GraphTransport.embedded(db.database()),
					heap == null ? Progress.NONE : Progress.console());
			long t0 = System.nanoTime();
			var validation = importer.validate(file, file.getFileName().toString(), options);
			double validationSeconds = (System.nanoTime() - t0) / 1e9;
			var summary = importer.write(validation, options);
			double seconds = (System.nanoTime() - t0) / 1e9;
			double reimportSeconds = 0;
			long unchanged = 0;
			if (again) {
				t0 = System.nanoTime();
				unchanged = importer.importFile(file, file.getFileName().toString(), options).unchanged();
				reimportSeconds = (System.nanoTime() - t0) / 1e9;
			}
			if (heap != null) {
				heap.close();
			}
			return new Run(seconds, validationSeconds, reimportSeconds, summary.created(), unchanged,
					db.driverTarget().read(tx -> tx.run(FINGERPRINT, Map.of()).rows()).get(0));
		}
	}

	/**
	 * Samples the heap while the importer runs: the whole heap in use (garbage included,
	 * bounded by -Xmx) and what was still live after the latest collection, which is what
	 * grows if an import holds the file in memory. (Summing each pool's own peak would
	 * overstate it: the pools peak at different times.)
	 */
	static final class HeapSampler implements AutoCloseable {

		private final java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor(r -> {
				var thread = new Thread(r, "heap-sampler");
				thread.setDaemon(true);
				return thread;
			});

		volatile long peakUsed;

		volatile long peakLive;

		void start() {
			System.gc();
			timer.scheduleAtFixedRate(this::sample, 0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
		}

		private void sample() {
			peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			long live = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
				.mapToLong(p -> p.getCollectionUsage().getUsed())
				.sum();
			peakLive = Math.max(peakLive, live);
		}

		@Override
		public void close() {
			sample();
			timer.shutdownNow();
		}

	}

	/**
	 * An embedded Neo4j configured as the application's ({@code EmbeddedNeo4j}), on a
	 * free port. Its store (about 2.5 GB at 1,000,000 rows) is deleted on close unless
	 * {@code keep}.
	 */
	record Db(DatabaseManagementService service, org.neo4j.driver.Driver driver, Path store,
			boolean keep) implements AutoCloseable {

		static Db start(Path store, Path csvRoot, boolean keep) throws IOException {
			Files.createDirectories(store);
			var builder = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("256m"))
				.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30));
			if (csvRoot != null) {
				builder.setConfig(GraphDatabaseSettings.allow_file_urls, true)
					.setConfig(GraphDatabaseSettings.load_csv_file_url_root, csvRoot);
			}
			var service = builder.build();
			var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			var driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none());
			SchemaMigrations.apply(driver, GraphTransport.config(AccessMode.WRITE));
			return new Db(service, driver, store, keep);
		}

		org.neo4j.graphdb.GraphDatabaseService database() {
			return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		}

		GraphTransport driverTarget() {
			return GraphTransport.bolt(driver, GraphTransport.config(AccessMode.WRITE),
					GraphTransport.config(AccessMode.READ));
		}

		@Override
		public void close() {
			driver.close();
			service.shutdown();
			if (!keep) {
				try {
					FileSystemUtils.deleteRecursively(store);
				}
				catch (IOException ex) {
					System.err.println("could not delete " + store + ": " + ex.getMessage());
				}
			}
		}
	}

}
