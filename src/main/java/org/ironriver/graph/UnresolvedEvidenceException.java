package org.ironriver.graph;

/**
 * A relationship could not be written because an endpoint or a source id does not
 * resolve.
 */
public class UnresolvedEvidenceException extends RuntimeException {

	public UnresolvedEvidenceException(String message) {
		super(message);
	}

}
