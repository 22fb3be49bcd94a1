package org.ironriver.browser;

/** What a Neo4j Browser connection may do through the gateway. */
enum BrowserAccess {

	/** Editors and admins: the database as it is. */
	FULL,

	/**
	 * Analysts: read transactions only, and only queries the analyst guard finds to be
	 * reads of the graph.
	 */
	READ_ONLY

}
