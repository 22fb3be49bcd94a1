/**
 * Answers as files: reports that cite their sources (JSON, Markdown) and subgraph exports
 * (JSON, CSV for neo4j-admin import, GraphML, Cypher).
 */
package org.ironriver.export;
