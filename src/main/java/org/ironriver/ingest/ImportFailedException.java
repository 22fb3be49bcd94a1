package org.ironriver.ingest;

/**
 * A file's import stopped midway (most often because the database went away). Every batch
 * written so far is whole (one transaction each) and a re-run of the same file continues
 * the same import, so nothing is duplicated.
 *
 * @see ImportRecorder#fail
 */
public class ImportFailedException extends RuntimeException {

	private final transient ImportSummary summary;

	private final long run;

	private final boolean recorded;

	/**
	 * @param summary what was written before the failure, status failed
	 * @param run which run of the import this was (the Import node counts them)
	 * @param recorded whether the Import node could be marked failed right away (not when
	 * the database is away)
	 */
	public ImportFailedException(ImportSummary summary, long run, boolean recorded, RuntimeException cause) {
		super("the import of " + summary.file() + " failed after "
				+ (summary.created() + summary.updated() + summary.unchanged()) + " rows: " + cause.getMessage(),
				cause);
		this.summary = summary;
		this.run = run;
		this.recorded = recorded;
	}

	public ImportSummary summary() {
		return summary;
	}

	public long run() {
		return run;
	}

	public boolean recorded() {
		return recorded;
	}

}
