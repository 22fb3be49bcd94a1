package org.ironriver.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ironriver.ingest.ImportKind;
import org.ironriver.ingest.ImportOptions;
import org.ironriver.ingest.ImportService;
import org.ironriver.ingest.ImportSummary;
import org.ironriver.ingest.Progress;
import org.ironriver.ingest.facts.FactsImporter;

/**
 * The import tests' one copy of their inputs and look-ups: the headers of each format, a
 * valid FFL row, input files written to a test's directory, imports run through the
 * application's {@link ImportService} (the CLI's and REST's path) and single-row reads of
 * the graph they wrote.
 */
public final class ImportFixtures {

	/** ATF's tab-separated FFL header. */
	public static final String FFL_HEADER = "LIC_REGN\tLIC_DIST\tLIC_CNTY\tLIC_TYPE\tLIC_XPRDTE\tLIC_SEQN\tLICENSE_NAME\tBUSINESS_NAME\t"
			+ "PREMISE_STREET\tPREMISE_CITY\tPREMISE_STATE\tPREMISE_ZIP_CODE\tMAIL_STREET\tMAIL_CITY\tMAIL_STATE\tMAIL_ZIP_CODE\tVOICE_PHONE";

	/** The facts format's documented columns, in order. */
	public static final String FACTS_HEADER = String.join(",", FactsImporter.COLUMNS);

	/** The required trace statistics columns. */
	public static final String TRACE_HEADER = "period,destination,origin,metric,value,unit,source_url,caveat";

	private final ImportService imports;

	private final Path dir;

	private final ImportKind kind;

	/**
	 * @param dir where input files are written (a test's {@code @TempDir})
	 * @param kind what {@link #run} imports
	 */
	public ImportFixtures(ImportService imports, Path dir, ImportKind kind) {
		this.imports = imports;
		this.dir = dir;
		this.kind = kind;
	}

	/**
	 * One valid FFL licensee: county 027, premises 1 MAIN ST, zip 85364, no mailing
	 * address, phone 9285551234.
	 */
	public static String fflRow(String region, String district, String type, String expiry, String seq, String name,
			String city, String state) {
		return String.join("\t", region, district, "027", type, expiry, seq, name, "", "1 MAIN ST", city, state,
				"85364", "", "", "", "", "9285551234");
	}

	/** A UTF-8 file of these lines, each ending in a newline. */
	public Path file(String name, String... lines) throws IOException {
		var path = dir.resolve(name);
		Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return path;
	}

	/** An FFL listing: the header, then these rows. */
	public Path fflFile(String name, String... rows) throws IOException {
		var lines = new String[rows.length + 1];
		lines[0] = FFL_HEADER;
		System.arraycopy(rows, 0, lines, 1, rows.length);
		return file(name, lines);
	}

	/** Imports one file with the default options; it is reported under its file name. */
	public ImportSummary run(Path file) {
		return run(ImportOptions.defaults(), file);
	}

	public ImportSummary run(ImportOptions options, Path file) {
		return runAll(options, file).get(0);
	}

	/** Imports several files in one command (validated together, written in order). */
	public List<ImportSummary> runAll(ImportOptions options, Path... files) {
		return imports.importFiles(kind,
				Arrays.stream(files).map(f -> new ImportService.InputFileRef(f, f.getFileName().toString())).toList(),
				options, Progress.NONE);
	}

	/** The first row a read of the graph returns. */
	public Map<String, Object> one(String cypher, Map<String, Object> parameters) {
		return imports.target().read(tx -> tx.run(cypher, parameters).rows()).get(0);
	}

	/** The number in column {@code n} of the first row. */
	public long count(String cypher) {
		return ((Number) one(cypher, Map.of()).get("n")).longValue();
	}

}
