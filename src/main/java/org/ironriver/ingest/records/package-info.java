/**
 * The rows every format becomes: reading, resolving names to entities, merging evidence.
 */
package org.ironriver.ingest.records;
