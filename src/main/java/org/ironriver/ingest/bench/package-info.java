/**
 * The import benchmark: the FFL importer against LOAD CSV on the same store, in one run.
 */
package org.ironriver.ingest.bench;
