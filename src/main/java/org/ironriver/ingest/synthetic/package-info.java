/**
 * Synthetic data in the import formats, for tests and benchmarks (ironriver generate).
 */
package org.ironriver.ingest.synthetic;
