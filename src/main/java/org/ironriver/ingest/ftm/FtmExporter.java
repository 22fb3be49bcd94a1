package org.ironriver.ingest.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.ingest.records.Names;
import org.ironriver.model.NodeType;
import org.ironriver.model.RelationType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the graph's actors (people, organizations, manufacturers, distributors, dealers,
 * importers) and lawsuits as FollowTheMoney entities, the Sources their relationships
 * cite as {@code Document}s, and the relationships between them as FtM interval entities
 * (sanctions as {@code Sanction}s) with all their evidence, one JSON object per line,
 * streamed. {@link FtmImporter} reads the file back onto the same nodes, relationships
 * and sources, into this graph or an empty one: ids are kept, companies carry the sector
 * that names their kind, relationships FtM has no schema for are {@code UnknownLink}s
 * whose {@code role} is the relation, and evidence FtM has no property for goes where an
 * FtM reader still sees it: the locator as {@code recordId}, the confidence in
 * {@code description} ("confidence: 0.9").
 */
public final class FtmExporter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXPORTED = "(n:Person OR n:Organization OR n:Manufacturer OR n:Distributor OR n:Dealer OR n:Importer OR n:Lawsuit)";

	private static final String ENTITIES = """
			MATCH (n:Entity) WHERE %s
			RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
			       n.country AS country, n.orgType AS orgType, n.ftmSchema AS ftmSchema, n.docketNumber AS docket,
			       n.forum AS forum, n.filed AS filed, n.status AS status, coalesce(n.topics, []) AS topics,
			       coalesce(n.birthDateText, toString(n.birthDate)) AS birthDate,
			       coalesce(n.nationality, []) AS nationality, coalesce(n.idNumber, []) AS idNumber,
			       coalesce(n.registrationNumber, []) AS registrationNumber
			ORDER BY n.id
			""".formatted(EXPORTED);

	/** Relationships between exported nodes, and sanctions on exported nodes. */
	private static final String LINKED = "(%s OR n:Sanction) AND %s".formatted(EXPORTED, EXPORTED.replace("n:", "b:"));

	private static final String DOCUMENTS = """
			MATCH (n:Entity)-[r]->(b:Entity) WHERE %s
			UNWIND coalesce(r.sources, []) AS sourceId
			WITH DISTINCT sourceId
			MATCH (s:Source {id: sourceId}) WHERE s.url STARTS WITH 'http'
			RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.url AS url, s.kind AS kind,
			       coalesce(s.publishedText, toString(s.published)) AS published,
			       coalesce(s.retrievedText, toString(s.retrieved)) AS retrieved
			ORDER BY s.id
			""".formatted(LINKED);

	private static final String RELATIONSHIPS = """
			MATCH (n:Entity)-[r]->(b:Entity) WHERE %s
			CALL (r) {
			  UNWIND coalesce(r.sources, []) AS sourceId
			  OPTIONAL MATCH (s:Source {id: sourceId})
			  RETURN [u IN collect(s.url) WHERE u STARTS WITH 'http'] AS urls, collect(DISTINCT s.publisher) AS publishers
			}
			// FtM dates may be partial ("2022-10"): a month or a year goes out as the source wrote it
			RETURN n.id AS from, type(r) AS type, b.id AS to,
			       coalesce(r.validFromText, toString(r.validFrom)) AS validFrom,
			       coalesce(r.validToText, toString(r.validTo)) AS validTo,
			       coalesce(r.assertedOnText, toString(r.assertedOn)) AS assertedOn,
			       r.quote AS quote, r.locator AS locator, r.confidence AS confidence, r.role AS role,
			       r.percentage AS percentage, urls, publishers,
			       CASE WHEN n:Sanction THEN properties(n) END AS sanction
			ORDER BY from, type, to
			"""
		.formatted(LINKED);

	/** Reads over the driver: the export maps driver values (types of properties). */
	private final Neo4jSessions sessions;

	public FtmExporter(Neo4jSessions sessions) {
		this.sessions = sessions;
	}

	/**
	 * What was written: entities (actors and lawsuits), the Documents for the sources and
	 * the intervals (relationships and sanctions).
	 */
	public record Counts(long entities, long documents, long intervals) {
	}

	public Counts export(Writer out) {
		long entities = lines(out, ENTITIES, FtmExporter::entity);
		long documents = lines(out, DOCUMENTS, FtmExporter::document);
		long intervals = lines(out, RELATIONSHIPS, FtmExporter::interval);
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Counts(entities, documents, intervals);
	}

	private long lines(Writer out, String query, java.util.function.Function<Record, Map<String, Object>> map) {
		return sessions.read(tx -> {
			long[] n = { 0 };
			tx.run(query).forEachRemaining(r -> {
				write(out, map.apply(r));
				n[0]++;
			});
			return n[0];
		});
	}

	private static Map<String, Object> entity(Record r) {
		var type = typeOf(r.get("labels").asList(v -> v.asString()));
		var properties = new LinkedHashMap<String, Object>();
		properties.put("name", List.of(r.get("name").asString("")));
		var aliases = r.get("aliases").asList(v -> v.asString(""));
		if (!aliases.isEmpty()) {
			properties.put("alias", aliases);
		}
		if (!r.get("country").isNull() && r.get("country").hasType(TypeSystem.getDefault().STRING())) {
			properties.put("country", List.of(r.get("country").asString().toLowerCase(Locale.ROOT)));
		}
		String schema;
		switch (type) {
			case PERSON -> {
				schema = "Person";
				put(properties, "birthDate", r.get("birthDate"));
				var nationality = r.get("nationality").asList(v -> v.asString().toLowerCase(Locale.ROOT));
				if (!nationality.isEmpty()) {
					properties.put("nationality", nationality);
				}
			}
			case LAWSUIT -> {
				schema = "CourtCase";
				put(properties, "caseNumber", r.get("docket"));
				put(properties, "court", r.get("forum"));
				put(properties, "status", r.get("status"));
				put(properties, "fileDate", r.get("filed"));
			}
			case ORGANIZATION -> {
				var orgType = r.get("orgType").asString("");
				var ftm = r.get("ftmSchema").asString("");
				schema = orgType.equals("government") || orgType.equals("agency") ? "PublicBody"
						: List.of("Company", "Organization", "LegalEntity").contains(ftm) ? ftm : "Organization";
			}
			default -> {
				schema = "Company";
				properties.put("sector", List.of(FtmSchemas.SECTORS.get(type)));
			}
		}
		if (type != NodeType.LAWSUIT) {
			list(properties, "topics", r.get("topics"));
			list(properties, "idNumber", r.get("idNumber"));
			if (type != NodeType.PERSON) {
				list(properties, "registrationNumber", r.get("registrationNumber"));
			}
		}
		var entity = new LinkedHashMap<String, Object>();
		entity.put("id", r.get("id").asString());
		entity.put("schema", schema);
		entity.put("properties", properties);
		return entity;
	}

	/** A Source as an FtM Document: its title, publisher, URL, dates and kind. */
	private static Map<String, Object> document(Record r) {
		var properties = new LinkedHashMap<String, Object>();
		put(properties, "title", r.get("title"));
		put(properties, "publisher", r.get("publisher"));
		put(properties, "sourceUrl", r.get("url"));
		put(properties, "publishedAt", r.get("published"));
		put(properties, "retrievedAt", r.get("retrieved"));
		// FtM has no kind of source; a keyword an FtM reader sees, and the importer reads
		put(properties, "keywords", r.get("kind"));
		var document = new LinkedHashMap<String, Object>();
		document.put("id", r.get("id").asString());
		document.put("schema", "Document");
		document.put("properties", properties);
		return document;
	}

	private static Map<String, Object> interval(Record r) {
		var from = r.get("from").asString();
		var to = r.get("to").asString();
		var type = RelationType.valueOf(r.get("type").asString());
		var properties = new LinkedHashMap<String, Object>();
		String schema;
		String id = "ir-" + Names.shortHash(from + "|" + type + "|" + to);
		switch (type) {
			case SUBSIDIARY_OF -> {
				schema = "Ownership";
				properties.put("owner", List.of(to));
				properties.put("asset", List.of(from));
				put(properties, "percentage", r.get("percentage"));
				put(properties, "role", r.get("role"));
			}
			case HOLDS_OFFICE_IN -> {
				schema = "Directorship";
				properties.put("director", List.of(from));
				properties.put("organization", List.of(to));
				put(properties, "role", r.get("role"));
			}
			case MEMBER_OF -> {
				schema = "Membership";
				properties.put("member", List.of(from));
				properties.put("organization", List.of(to));
				put(properties, "role", r.get("role"));
			}
			case COUNSEL_FOR -> {
				schema = "Representation";
				properties.put("agent", List.of(from));
				properties.put("client", List.of(to));
				put(properties, "role", r.get("role"));
			}
			case PLAINTIFF_IN, DEFENDANT_IN, PETITIONER_IN, RESPONDENT_IN, JUDGE_OF, PARTY_IN -> {
				schema = "CourtCaseParty";
				properties.put("party", List.of(from));
				properties.put("case", List.of(to));
				if (type == RelationType.PARTY_IN) {
					put(properties, "role", r.get("role"));
				}
				else {
					properties.put("role", List.of(FtmSchemas.ROLE_OF.get(type)));
				}
			}
			case IMPOSED_ON -> {
				// the sanction is the FtM entity: its id is the Sanction node's
				schema = "Sanction";
				id = from;
				properties.put("entity", List.of(to));
				var sanction = r.get("sanction");
				for (var key : List.of("authority", "program", "programId", "reason", "provisions", "status")) {
					put(properties, key, sanction.get(key));
				}
				if (!sanction.get("country").isNull()) {
					properties.put("country", List.of(sanction.get("country").asString().toLowerCase(Locale.ROOT)));
				}
				var listed = sanction.get("listingDateText").isNull() ? sanction.get("listingDate")
						: sanction.get("listingDateText");
				put(properties, "listingDate", listed);
			}
			default -> {
				schema = "UnknownLink";
				properties.put("subject", List.of(from));
				properties.put("object", List.of(to));
				properties.put("role", List.of(type == RelationType.ASSOCIATED_WITH && !r.get("role").isNull()
						? r.get("role").asString() : type.name()));
			}
		}
		put(properties, "startDate", r.get("validFrom"));
		put(properties, "endDate", r.get("validTo"));
		put(properties, "retrievedAt", r.get("assertedOn"));
		put(properties, "summary", r.get("quote"));
		put(properties, "recordId", r.get("locator"));
		if (!r.get("confidence").isNull()) {
			properties.put("description", List.of("confidence: " + r.get("confidence").asDouble()));
		}
		var urls = r.get("urls").asList(v -> v.asString());
		if (!urls.isEmpty()) {
			properties.put("sourceUrl", urls);
		}
		var publishers = new ArrayList<String>(r.get("publishers").asList(v -> v.asString()));
		if (!publishers.isEmpty()) {
			properties.put("publisher", publishers);
		}
		var interval = new LinkedHashMap<String, Object>();
		interval.put("id", id);
		interval.put("schema", schema);
		interval.put("properties", properties);
		return interval;
	}

	private static void put(Map<String, Object> properties, String key, Value value) {
		if (value != null && !value.isNull()) {
			var text = value.hasType(TypeSystem.getDefault().STRING()) ? value.asString() : value.asObject().toString();
			if (!text.isBlank()) {
				properties.put(key, List.of(text));
			}
		}
	}

	private static void list(Map<String, Object> properties, String key, Value value) {
		var list = value.asList(v -> v.asString());
		if (!list.isEmpty()) {
			properties.put(key, list);
		}
	}

	private static NodeType typeOf(List<String> labels) {
		for (var label : labels) {
			var type = NodeType.fromLabel(label);
			if (type.isPresent() && type.get() != NodeType.SOURCE) {
				return type.get();
			}
		}
		return NodeType.ORGANIZATION;
	}

	private static void write(Writer out, Map<String, Object> entity) {
		try {
			out.write(JSON.writeValueAsString(entity));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
