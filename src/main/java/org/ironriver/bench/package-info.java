/**
 * Benchmarks that print their figures against a baseline measured in the same run: trace,
 * load, import and the synthetic graphs they run on. Not tests.
 */
package org.ironriver.bench;
