package org.ironriver.curated;

import java.util.List;

/**
 * The curated data files are invalid; nothing was written. Each error names its file,
 * line and reason.
 */
public class CuratedDataException extends RuntimeException {

	private final List<String> errors;

	public CuratedDataException(List<String> errors) {
		super(errors.size() + " error(s) in the curated data, nothing was loaded:\n  " + String.join("\n  ", errors));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}

}
