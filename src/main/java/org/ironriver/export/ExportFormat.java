package org.ironriver.export;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ironriver.problems.BadRequestException;

/**
 * The ways an answer can be downloaded: a report (receipt) in JSON or Markdown, or its
 * subgraph as JSON, a zip of neo4j-admin import CSVs, GraphML or a Cypher script.
 */
public enum ExportFormat {

	REPORT_JSON("report-json", "application/json", "report.json"),
	REPORT_MD("report-md", "text/markdown;charset=UTF-8", "report.md"),
	JSON("json", "application/json", "subgraph.json"), CSV("csv", "application/zip", "subgraph-csv.zip"),
	GRAPHML("graphml", "application/graphml+xml", "subgraph.graphml"),
	CYPHER("cypher", "text/plain;charset=UTF-8", "subgraph.cypher");

	private final String name;

	private final String contentType;

	private final String fileSuffix;

	ExportFormat(String name, String contentType, String fileSuffix) {
		this.name = name;
		this.contentType = contentType;
		this.fileSuffix = fileSuffix;
	}

	public String formatName() {
		return name;
	}

	public String contentType() {
		return contentType;
	}

	public String fileName(String stem) {
		return stem.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + fileSuffix;
	}

	public static ExportFormat parse(String text) {
		return Arrays.stream(values())
			.filter(f -> f.name.equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("format '" + text + "' is not one of "
					+ Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "))));
	}

}
