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

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the graph's actors (people, organizations, manufacturers, distributors, dealers,
 * importers) and lawsuits as FollowTheMoney entities, and the relationships between them
 * as FtM interval entities with their dates and source URLs, one JSON object per line,
 * streamed. {@link FtmImporter} reads the file back onto the same nodes and
 * relationships: ids are kept, companies carry the sector that names their kind, and
 * relationships FtM has no schema for are {@code UnknownLink}s whose {@code role} is the
 * relation.
 */
public final class FtmExporter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXPORTED = "(n:Person OR n:Organization OR n:Manufacturer OR n:Distributor OR n:Dealer OR n:Importer OR n:Lawsuit)";

	private static final String ENTITIES = """
			MATCH (n:Entity) WHERE %s
			RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
			       n.country AS country, n.orgType AS orgType, n.ftmSchema AS ftmSchema, n.docketNumber AS docket,
			       n.forum AS forum, n.filed AS filed, n.status AS status
			ORDER BY n.id
			""".formatted(EXPORTED);

	private static final String RELATIONSHIPS = """
			MATCH (n:Entity)-[r]->(b:Entity) WHERE %s AND %s
			CALL (r) {
			  UNWIND coalesce(r.sources, []) AS sourceId
			  OPTIONAL MATCH (s:Source {id: sourceId})
			  RETURN [u IN collect(s.url) WHERE u STARTS WITH 'http'] AS urls, collect(DISTINCT s.publisher) AS publishers
			}
			// FtM dates may be partial ("2022-10"): a month or a year goes out as the source wrote it
			RETURN n.id AS from, type(r) AS type, b.id AS to,
			       coalesce(r.validFromText, toString(r.validFrom)) AS validFrom,
			       coalesce(r.validToText, toString(r.validTo)) AS validTo,
			       r.quote AS quote, urls, publishers
			ORDER BY from, type, to
			"""
		.formatted(EXPORTED, EXPORTED.replace("n:", "b:"));

	/** Reads over the driver: the export maps driver values (types of properties). */
	private final Neo4jSessions sessions;

	public FtmExporter(Neo4jSessions sessions) {
		this.sessions = sessions;
	}

	/** What was written. */
	public record Counts(long entities, long intervals) {
	}

	public Counts export(Writer out) {
		long entities = sessions.read(tx -> {
			long[] n = { 0 };
			tx.run(ENTITIES).forEachRemaining(r -> {
				write(out, entity(r));
				n[0]++;
			});
			return n[0];
		});
		long intervals = sessions.read(tx -> {
			long[] n = { 0 };
			tx.run(RELATIONSHIPS).forEachRemaining(r -> {
				write(out, interval(r));
				n[0]++;
			});
			return n[0];
		});
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Counts(entities, intervals);
	}

	private static Map<String, Object> entity(Record r) {
		var type = typeOf(r.get("labels").asList(v -> v.asString()));
		var properties = new LinkedHashMap<String, Object>();
		properties.put("name", List.of(r.get("name").asString("")));
		var aliases = r.get("aliases").asList(v -> v.asString(""));
		if (!aliases.isEmpty()) {
			properties.put("alias", aliases);
		}
		if (!r.get("country").isNull()
				&& r.get("country").hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING())) {
			properties.put("country", List.of(r.get("country").asString().toLowerCase(Locale.ROOT)));
		}
		String schema;
		switch (type) {
			case PERSON -> schema = "Person";
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
		var entity = new LinkedHashMap<String, Object>();
		entity.put("id", r.get("id").asString());
		entity.put("schema", schema);
		entity.put("properties", properties);
		return entity;
	}

	private static Map<String, Object> interval(Record r) {
		var from = r.get("from").asString();
		var to = r.get("to").asString();
		var type = RelationType.valueOf(r.get("type").asString());
		var properties = new LinkedHashMap<String, Object>();
		String schema;
		switch (type) {
			case SUBSIDIARY_OF -> {
				schema = "Ownership";
				properties.put("owner", List.of(to));
				properties.put("asset", List.of(from));
			}
			case HOLDS_OFFICE_IN -> {
				schema = "Directorship";
				properties.put("director", List.of(from));
				properties.put("organization", List.of(to));
			}
			case MEMBER_OF -> {
				schema = "Membership";
				properties.put("member", List.of(from));
				properties.put("organization", List.of(to));
			}
			case COUNSEL_FOR -> {
				schema = "Representation";
				properties.put("agent", List.of(from));
				properties.put("client", List.of(to));
			}
			case PLAINTIFF_IN, DEFENDANT_IN, PETITIONER_IN, RESPONDENT_IN, JUDGE_OF -> {
				schema = "CourtCaseParty";
				properties.put("party", List.of(from));
				properties.put("case", List.of(to));
				properties.put("role", List.of(FtmSchemas.ROLE_OF.get(type)));
			}
			default -> {
				schema = "UnknownLink";
				properties.put("subject", List.of(from));
				properties.put("object", List.of(to));
				properties.put("role", List.of(type.name()));
			}
		}
		put(properties, "startDate", r.get("validFrom"));
		put(properties, "endDate", r.get("validTo"));
		put(properties, "summary", r.get("quote"));
		var urls = r.get("urls").asList(v -> v.asString());
		if (!urls.isEmpty()) {
			properties.put("sourceUrl", urls);
		}
		var publishers = new ArrayList<String>(r.get("publishers").asList(v -> v.asString()));
		if (!publishers.isEmpty()) {
			properties.put("publisher", publishers);
		}
		var interval = new LinkedHashMap<String, Object>();
		interval.put("id", "ir-" + Names.shortHash(from + "|" + type + "|" + to));
		interval.put("schema", schema);
		interval.put("properties", properties);
		return interval;
	}

	private static void put(Map<String, Object> properties, String key, org.neo4j.driver.Value value) {
		if (value != null && !value.isNull()) {
			var text = value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING()) ? value.asString()
					: value.asObject().toString();
			if (!text.isBlank()) {
				properties.put(key, List.of(text));
			}
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
