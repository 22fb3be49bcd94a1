package org.ironriver.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ironriver.database.Neo4jSessions;
import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Facts of the curated iron-river graph, asserted by value against the loaded database.
 */
@IntegrationTest
class CuratedGraphTest {

	@Autowired
	Neo4jSessions sessions;

	@Autowired
	CuratedGraphLoader loader;

	private List<Record> read(String cypher) {
		return read(cypher, Map.of());
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		return sessions.read(tx -> tx.run(cypher, parameters).list());
	}

	/**
	 * A country property is an ISO 3166 alpha-2 code, as FollowTheMoney and the Country
	 * nodes' ids write it ("RO", not "Romania"): exports stay valid and a query by code
	 * finds every entity.
	 */
	@Test
	void every_country_property_is_an_iso_alpha_2_code() {
		var codes = java.util.Set.of(java.util.Locale.getISOCountries());
		var countries = read("MATCH (n:Entity) WHERE n.country IS NOT NULL RETURN n.id AS id, n.country AS country",
				Map.of());
		assertThat(countries).isNotEmpty();
		assertThat(countries)
			.allSatisfy(row -> assertThat(codes).as(row.get("id").asString()).contains(row.get("country").asString()));
	}

	@Test
	void supreme_court_ruling_in_23_1141_applies_plcaa_and_reverses_the_first_circuit() {
		var ruling = read(
				"""
						MATCH (r:Ruling)-[:RULING_IN]->(:Lawsuit {docketNumber: '23-1141'})
						WHERE r.citation = '605 U.S. 280'
						RETURN r.date AS date, r.vote AS vote,
						       EXISTS { (r)-[:APPLIES]->(:Law {id: 'plcaa'}) } AS appliesPlcaa,
						       EXISTS { (r)-[:CITES]->(:Law {id: 'plcaa'}) } AS citesPlcaa,
						       [(r)-[rev:REVIEWS]->(lower:Ruling)-[:ISSUED_BY]->(c:Court) | [lower.citation, c.id, rev.quote]] AS reviewed
						""");
		assertThat(ruling).hasSize(1);
		var row = ruling.get(0);
		assertThat(row.get("date").asLocalDate()).hasToString("2025-06-05");
		assertThat(row.get("vote").asString()).isEqualTo("9-0");
		assertThat(row.get("appliesPlcaa").asBoolean()).isTrue();
		assertThat(row.get("citesPlcaa").asBoolean()).isTrue();
		var reviewed = row.get("reviewed").asList(v -> v.asList(Value::asString));
		assertThat(reviewed).singleElement().satisfies(r -> {
			assertThat(r.get(0)).isEqualTo("91 F.4th 511");
			assertThat(r.get(1)).isEqualTo("court-1cir");
			assertThat(r.get(2)).containsIgnoringCase("reversed");
		});
	}

	@Test
	void a_year_range_ends_on_the_last_day_of_its_last_year_and_keeps_the_years_as_written() {
		var period = read("""
				MATCH (f:FlowObservation {id: 'flow-mcdougal-2010-2012'})
				RETURN f.periodStart AS start, f.periodEnd AS end, f.periodStartText AS startText,
				       f.periodEndText AS endText
				""").get(0);
		assertThat(period.get("start").asLocalDate()).isEqualTo(java.time.LocalDate.of(2010, 1, 1));
		assertThat(period.get("end").asLocalDate()).isEqualTo(java.time.LocalDate.of(2012, 12, 31));
		assertThat(period.get("startText").asString()).isEqualTo("2010");
		assertThat(period.get("endText").asString()).isEqualTo("2012");
	}

	@Test
	void spragues_sports_is_a_defendant_located_in_yuma_arizona() {
		var rows = read("""
				MATCH (d:Dealer {id: 'spragues-sports'})-[:DEFENDANT_IN]->(s:Lawsuit),
				      (d)-[:LOCATED_IN]->(city:Place)-[:LOCATED_IN]->(state:Place)-[:LOCATED_IN]->(country:Country)
				RETURN s.docketNumber AS docket, city.name AS city, state.code AS state, country.id AS country
				""");
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.get("docket").asString()).startsWith("4:22-cv-00472");
			assertThat(r.get("city").asString()).startsWith("Yuma");
			assertThat(r.get("state").asString()).isEqualTo("AZ");
			assertThat(r.get("country").asString()).isEqualTo("US");
		});
	}

	@Test
	void the_massachusetts_suit_has_all_ten_defendants_and_the_arizona_suit_five_dealers() {
		var dmass = read("MATCH (p)-[:DEFENDANT_IN]->(:Lawsuit {id: 'mx-v-sw-dmass'}) RETURN p.id AS id ORDER BY id");
		assertThat(dmass).extracting(r -> r.get("id").asString())
			.containsExactlyInAnyOrder("barrett", "beretta-holding", "beretta-usa", "century-arms", "colt",
					"glock-gmbh", "glock-inc", "interstate-arms", "smith-wesson", "sturm-ruger");
		var arizona = read("""
				MATCH (d:Dealer)-[:DEFENDANT_IN]->(:Lawsuit {id: 'mx-v-diamondback'})
				MATCH (d)-[:LOCATED_IN]->(city:Place {placeKind: 'us-city'})-[:LOCATED_IN]->(:Place {code: 'AZ'})
				RETURN d.id AS id""");
		assertThat(arizona).extracting(r -> r.get("id").asString())
			.containsExactlyInAnyOrder("diamondback", "sng-tactical", "the-hub", "ammo-a-z", "spragues-sports");
		assertThat(read("MATCH (:Organization {id: 'gov-mx'})-[:PLAINTIFF_IN]->(s:Lawsuit) RETURN s.id AS id"))
			.extracting(r -> r.get("id").asString())
			.contains("mx-v-sw-dmass", "mx-v-diamondback");
	}

	@Test
	void the_appeal_chain_runs_from_massachusetts_through_the_first_circuit_to_the_supreme_court() {
		var chain = read("""
				MATCH p = (:Lawsuit {id: 'sw-v-mx-scotus'})-[:REVIEWS*]->(:Lawsuit {id: 'mx-v-sw-dmass'})
				RETURN [n IN nodes(p) | n.id] AS ids""");
		assertThat(chain).singleElement()
			.satisfies(r -> assertThat(r.get("ids").asList(Value::asString)).containsExactly("sw-v-mx-scotus",
					"mx-v-sw-1cir", "mx-v-sw-dmass"));
	}

	@Test
	void every_relationship_has_at_least_one_source_and_every_source_resolves() {
		var rows = read(
				"""
						MATCH ()-[r]->() WHERE r.origin = 'curated'
						RETURN count(r) AS total,
						       count(CASE WHEN r.sources IS NULL OR size(r.sources) = 0 THEN 1 END) AS withoutSource,
						       count(CASE WHEN any(s IN coalesce(r.sources, []) WHERE NOT EXISTS { MATCH (:Source {id: s}) })
						                  THEN 1 END) AS unresolved,
						       count(CASE WHEN r.confidence IS NULL OR r.confidence < 0 OR r.confidence > 1 THEN 1 END) AS badConfidence
						""");
		var row = rows.get(0);
		assertThat(row.get("total").asLong()).isGreaterThan(300);
		assertThat(row.get("withoutSource").asLong()).isZero();
		assertThat(row.get("unresolved").asLong()).isZero();
		assertThat(row.get("badConfidence").asLong()).isZero();
	}

	@Test
	void each_of_the_seven_disagreements_sets_the_seed_article_against_an_official_source() {
		var rows = read(
				"""
						MATCH (seedSource:Source {id: 'src-seed-article'})-[:ASSERTS]->(seed:Claim)-[c:CONTRADICTS]->(official:Claim)
						MATCH (officialSource:Source)-[:ASSERTS]->(official)
						WHERE officialSource <> seedSource AND seed.topic = official.topic
						  AND 'src-seed-article' IN c.sources AND officialSource.id IN c.sources
						RETURN DISTINCT seed.topic AS topic""");
		assertThat(rows).extracting(r -> r.get("topic").asString())
			.containsExactlyInAnyOrder("defendant-count", "share-from-us-gun-shops", "annual-trafficking-volume",
					"scotus-decision-date", "iacthr-opinion-status", "security-initiative-date",
					"bsca-cross-border-trafficking");
	}

	@Test
	void plcaa_and_bsca_are_laws_enacted_by_congress_with_their_sections() {
		var rows = read("""
				MATCH (law:Law)-[:ENACTED_BY]->(:Organization {id: 'us-congress'})
				WHERE law.id IN ['plcaa', 'bsca']
				RETURN law.id AS id, law.publicLaw AS publicLaw,
				       [(section:Law)-[:PART_OF|CREATES|AMENDS*1..3]-(law) | section.id] AS sections
				ORDER BY id""");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("publicLaw").asString()).contains("117-159");
		assertThat(rows.get(0).get("sections").asList(Value::asString)).contains("usc-18-932", "usc-18-933");
		assertThat(rows.get(1).get("publicLaw").asString()).contains("109-92");
		assertThat(rows.get(1).get("sections").asList(Value::asString)).contains("plcaa-7903-5-a-iii");
	}

	@Test
	void flow_observations_link_an_origin_to_a_destination_with_a_caveat() {
		var rows = read("""
				MATCH (origin)-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(:Country {id: 'MX'})
				RETURN count(f) AS flows, count(CASE WHEN f.caveat IS NULL THEN 1 END) AS withoutCaveat""");
		assertThat(rows.get(0).get("flows").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(rows.get(0).get("withoutCaveat").asLong()).isZero();
	}

	@Test
	void published_statistics_reach_us_states_caribbean_countries_and_firearm_models() {
		var states = read("""
				MATCH (s:Place {placeKind: 'us-state'})-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(dest)
				WHERE dest.id IN ['MX', 'mexico-central-america'] AND o.quote IS NOT NULL AND f.caveat IS NOT NULL
				RETURN count(DISTINCT f) AS flows, collect(DISTINCT s.id) AS states""").get(0);
		assertThat(states.get("flows").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(states.get("states").asList(Value::asString)).contains("texas", "arizona");
		var caribbean = read(
				"""
						MATCH (:Country {id: 'US'})-[:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(c:Country)-[:PART_OF]->(:Region {id: 'caribbean'})
						RETURN c.id AS country, count(f) AS flows ORDER BY country""");
		assertThat(caribbean).extracting(r -> r.get("country").asString()).contains("BS", "DO", "HT", "JM", "TT");
		var bahamas2021 = read("""
				MATCH (f:FlowObservation {id: 'flow-atf-2021-bs-us-sourced'})-[d:DESTINED_FOR]->(:Country {id: 'BS'})
				RETURN f.value AS value, f.periodStart AS start, d.sources AS sources""");
		assertThat(bahamas2021).singleElement().satisfies(r -> {
			assertThat(r.get("value").asLong()).isEqualTo(236);
			assertThat(r.get("start").asLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 1, 1));
		});
		var models = read("""
				MATCH (m:FirearmModel)-[r:MADE_BY]->(maker:Manufacturer)
				WHERE r.quote IS NOT NULL AND size(r.sources) > 0
				RETURN maker.id AS maker, count(m) AS models ORDER BY maker""");
		assertThat(models).extracting(r -> r.get("maker").asString()).contains("colt", "barrett");
		assertThat(models).filteredOn(r -> r.get("maker").asString().equals("colt"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("models").asLong()).isGreaterThanOrEqualTo(3));
	}

	@Test
	void criminal_cases_have_quoted_defendants_and_at_least_four_are_charged_under_the_bsca_offences() {
		var rows = read("""
				MATCH (c:CriminalCase)
				RETURN c.id AS id, c.name AS name,
				       COUNT { (:Person)-[d:DEFENDANT_IN]->(c) WHERE d.quote IS NOT NULL } AS defendants,
				       [(c)-[:CHARGED_UNDER]->(law:Law) WHERE law.id IN ['usc-18-932', 'usc-18-933'] | law.id] AS bsca,
				       [(c)-[:FILED_IN]->(court:Court) | court.id] AS courts
				""");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("name").asString()).startsWith("United States v. ");
			assertThat(r.get("defendants").asLong()).isPositive();
		});
		assertThat(rows).filteredOn(r -> !r.get("bsca").asList().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(rows.stream().flatMap(r -> r.get("courts").asList(Value::asString).stream()).distinct())
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void traced_guns_name_their_store_model_buyer_and_recovery_each_with_a_quote() {
		var terry = read("""
				MATCH (t:FirearmTrace {id: 'trace-terry-rifles'})-[:TRACE_OF]->(rec:Recovery)-[:INCLUDED]->(f:Firearm),
				      (t)-[:TRACED_TO]->(d:Dealer)<-[sold:SOLD_BY]-(p:Purchase)-[:INCLUDED]->(f),
				      (p)-[:BOUGHT_BY]->(buyer:Person)<-[:TRACED_TO]-(t),
				      (f)-[m:OF_MODEL]->(model:FirearmModel)-[:MADE_BY]->(maker:Manufacturer),
				      (d)-[:LOCATED_IN]->(city:Place)
				RETURN d.name AS dealer, city.name AS city, buyer.name AS buyer, model.model AS model,
				       maker.id AS maker, p.date AS bought, f.count AS guns,
				       sold.quote AS quote""");
		assertThat(terry).singleElement().satisfies(r -> {
			assertThat(r.get("dealer").asString()).isEqualTo("Lone Wolf Trading Co.");
			assertThat(r.get("city").asString()).isEqualTo("Glendale, Arizona");
			assertThat(r.get("buyer").asString()).isEqualTo("Jaime Avila Jr.");
			assertThat(r.get("model").asString()).isEqualTo("WASR-10");
			assertThat(r.get("maker").asString()).isEqualTo("romarm");
			assertThat(r.get("bought").asLocalDate()).isEqualTo(java.time.LocalDate.of(2010, 1, 1));
			assertThat(r.get("guns").asLong()).isEqualTo(2);
			assertThat(r.get("quote").asString()).contains("traced by ATF to the Lone Wolf Trading Co.");
		});
		var zapata = read(
				"""
						MATCH (t:FirearmTrace)-[of:TRACE_OF]->(f:Firearm)<-[:INCLUDED]-(rec:Recovery {id: 'recovery-zapata-2011-02-23'}),
						      (rec)-[:OCCURRED_IN]->(:Country {id: 'MX'}), (t)-[to:TRACED_TO]->(buyer:Person)
						WHERE of.quote IS NOT NULL AND to.quote IS NOT NULL
						RETURN buyer.id AS buyer, [(t)-[:TRACED_TO]->(d:Dealer) | d.id] AS dealers,
						       [(f)-[:OF_MODEL]->(m) | m.model] AS models ORDER BY buyer""");
		assertThat(zapata).extracting(r -> r.get("buyer").asString())
			.containsExactly("otilio-osorio", "robert-riendfliesh");
		assertThat(zapata.get(0).get("dealers").asList(Value::asString)).containsExactly("off-duty-enterprise");
		assertThat(zapata.get(0).get("models").asList(Value::asString)).containsExactly("Draco");
		assertThat(zapata.get(1).get("dealers").asList()).isEmpty();
	}

	@Test
	void the_traced_guns_have_their_prosecutions_and_the_store_its_lawsuit() {
		var cases = read("""
				MATCH (c:CriminalCase)-[:CONCERNS]->(event)
				WHERE c.id IN ['us-v-ranferi-osorio', 'us-v-manuel-gomez-barba']
				RETURN c.id AS id, event.id AS event, [(c)-[:FILED_IN]->(court) | court.id] AS courts,
				       [(c)-[:PROSECUTED_BY]->(office) | office.id] AS offices ORDER BY id""");
		assertThat(cases).extracting(r -> r.get("event").asString())
			.containsExactly("trafficking-barba-zetas", "trace-zapata-osorio");
		assertThat(cases.get(0).get("courts").asList(Value::asString)).containsExactly("court-s-d-tex");
		assertThat(cases.get(1).get("offices").asList(Value::asString)).containsExactly("usao-ndtx");
		var suit = read("""
				MATCH (d:Dealer {id: 'lone-wolf-trading'})-[r:DEFENDANT_IN]->(s:Lawsuit)-[:FILED_IN]->(court:Court)
				RETURN s.docketNumber AS docket, court.id AS court, r.quote AS quote, r.confidence AS confidence""");
		assertThat(suit).singleElement().satisfies(r -> {
			assertThat(r.get("docket").asString()).isEqualTo("CV-12-02659-PHX-DGC");
			assertThat(r.get("court").asString()).isEqualTo("court-d-ariz");
			assertThat(r.get("quote").asString()).contains("Lone Wolf Trading Company, L.L.C.");
			assertThat(r.get("confidence").asDouble()).isEqualTo(1.0);
		});
		var texas = read("""
				MATCH (:Place {id: 'texas'})-[:ORIGIN_OF]->(f:FlowObservation)-[:DESTINED_FOR]->(:Country {id: 'MX'})
				WHERE f.periodStart.year = 2009 AND f.periodEnd.year = 2009
				RETURN f.metric AS metric, f.value AS value ORDER BY metric""");
		assertThat(texas).extracting(r -> r.get("metric").asString() + "=" + r.get("value").asNumber().longValue())
			.containsExactly("top-source-state-count=2076", "top-source-state-share=40");
	}

	@Test
	void state_level_origins_of_guns_traced_in_mexico_each_carry_a_caveat_a_source_and_a_quote() {
		// Issue 9: ATF publishes only national aggregates for Mexico, so every state
		// figure comes from a report
		// that read ATF trace data; each must say what it is not (caveat) and where it
		// was read (source, quote).
		var rows = read("""
				MATCH (state:Place {placeKind: 'us-state'})-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(dest)
				WHERE dest.id IN ['MX', 'mexico-central-america']
				RETURN state.id AS state, f.id AS id, f.metric AS metric, f.value AS value, f.caveat AS caveat,
				       o.sources AS sources, o.quote AS quote, d.sources AS destinationSources ORDER BY id""");
		assertThat(rows).extracting(r -> r.get("state").asString())
			.contains("texas", "arizona", "california", "new-mexico");
		assertThat(rows.stream().map(r -> r.get("state").asString()).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("caveat").asString("")).as(r.get("id").asString()).isNotBlank();
			assertThat(r.get("quote").asString("")).as(r.get("id").asString()).isNotBlank();
			assertThat(r.get("sources").asList(Value::asString)).as(r.get("id").asString()).isNotEmpty();
			assertThat(r.get("destinationSources").asList(Value::asString))
				.isEqualTo(r.get("sources").asList(Value::asString));
		});
		assertThat(rows).filteredOn(r -> r.get("state").asString().equals("arizona"))
			.extracting(r -> r.get("metric").asString() + "=" + r.get("value").asNumber().longValue())
			.containsExactlyInAnyOrder("top-source-state-count=9451", "top-source-state-share=17",
					"top-source-state-count=3969", "top-source-state-share=22", "top-source-state-share=15");
		assertThat(rows).filteredOn(r -> r.get("id").asString().startsWith("flow-sua-iron-river-arizona"))
			.allSatisfy(r -> assertThat(r.get("quote").asString()).contains("9,451 weapons, came from Arizona"));
		// California's and New Mexico's own figures come from Mexican newspapers (ATF
		// 2022-2023, FGR), in Spanish: each quote must name the state and the number.
		assertThat(rows).filteredOn(r -> r.get("state").asString().equals("california"))
			.extracting(r -> r.get("metric").asString() + "=" + r.get("value").asNumber().longValue())
			.containsExactlyInAnyOrder("top-source-state-count=1575", "top-source-state-share=9",
					"top-source-state-share=19");
		assertThat(rows).filteredOn(r -> r.get("state").asString().equals("california"))
			.allSatisfy(r -> assertThat(r.get("quote").asString()).contains("California"));
		assertThat(rows).filteredOn(r -> r.get("id").asString().equals("flow-eleconomista-california-count-2022-2023"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("quote").asString()).contains("3,969 y 1,575 armas"));
		assertThat(rows).filteredOn(r -> r.get("state").asString().equals("new-mexico"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("value").asNumber().longValue()).isEqualTo(492);
				assertThat(r.get("quote").asString()).contains("492 de Nuevo México");
			});
	}

	@Test
	void combined_state_origins_of_guns_traced_in_mexico_are_regions_of_exactly_the_states_the_source_names() {
		// Issue 9: a source that gives one figure for several states ("California and New
		// Mexico") must not be read as each state's figure; the origin is a Region whose
		// members are those states, each PART_OF it on the quote that names them.
		var rows = read(
				"""
						MATCH (region:Region)-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(dest)
						WHERE dest.id IN ['MX', 'mexico-central-america']
						MATCH (state:Place {placeKind: 'us-state'})-[p:PART_OF]->(region)
						WITH region, f, o, d, state, p ORDER BY state.id
						RETURN region.id AS region, f.id AS id, f.value AS value, f.caveat AS caveat, o.quote AS quote,
						       o.sources AS sources, d.sources AS destinationSources, collect(state.id) AS members,
						       collect(state.name) AS names, collect(p.sources) AS memberSources, collect(p.quote) AS memberQuotes
						ORDER BY id""");
		assertThat(rows).extracting(r -> r.get("region").asString() + "=" + r.get("value").asNumber().longValue())
			.containsExactly("arizona-california-new-mexico=33", "california-new-mexico=9348",
					"texas-arizona-california=70");
		assertThat(rows).filteredOn(r -> r.get("region").asString().equals("california-new-mexico"))
			.allSatisfy(r -> assertThat(r.get("members").asList(Value::asString)).containsExactly("california",
					"new-mexico"));
		assertThat(rows).filteredOn(r -> r.get("region").asString().equals("arizona-california-new-mexico"))
			.allSatisfy(r -> assertThat(r.get("members").asList(Value::asString)).containsExactly("arizona",
					"california", "new-mexico"));
		assertThat(rows).filteredOn(r -> r.get("region").asString().equals("texas-arizona-california"))
			.allSatisfy(r -> assertThat(r.get("members").asList(Value::asString)).containsExactly("arizona",
					"california", "texas"));
		assertThat(rows).allSatisfy(r -> {
			var sources = r.get("sources").asList(Value::asString);
			assertThat(sources).isNotEmpty();
			assertThat(r.get("caveat").asString("")).contains("together");
			assertThat(r.get("destinationSources").asList(Value::asString)).isEqualTo(sources);
			assertThat(r.get("memberSources").asList(v -> v.asList(Value::asString)))
				.allSatisfy(memberSources -> assertThat(memberSources).isEqualTo(sources));
			for (var name : r.get("names").asList(Value::asString)) {
				assertThat(r.get("quote").asString()).contains(name);
				assertThat(r.get("memberQuotes").asList(Value::asString)).allSatisfy(q -> assertThat(q).contains(name));
			}
		});
	}

	@Test
	void rifles_of_a_manufacturer_sued_by_mexico_were_stopped_at_the_border_on_their_way_to_mexico() {
		var rows = read(
				"""
						MATCH (maker:Manufacturer {id: 'century-arms'})-[:DEFENDANT_IN]->(:Lawsuit {id: 'mx-v-sw-dmass'})
						MATCH (maker)<-[:MADE_BY]-(model:FirearmModel)<-[:OF_MODEL]-(f:Firearm)<-[:INCLUDED]-(t:Trafficking),
						      (t)-[:DESTINED_FOR]->(:Country {id: 'MX'}), (t)-[crossed:CROSSED_AT]->(port:Place {placeKind: 'port'}),
						      (rec:Recovery)-[:INCLUDED]->(f), (rec)-[:RECOVERED_BY]->(agency:Organization)
						RETURN model.model AS model, port.id AS port, agency.id AS agency, crossed.quote AS quote ORDER BY model""");
		assertThat(rows).extracting(r -> r.get("model").asString()).containsExactly("BFT", "VSKA");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("port").asString()).isEqualTo("deconcini-port");
			assertThat(r.get("agency").asString()).isEqualTo("us-cbp");
			assertThat(r.get("quote").asString()).contains("heading to Mexico");
		});
	}

	@Test
	void loading_the_unchanged_dataset_again_changes_nothing() {
		var before = read(
				"MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships")
			.get(0);
		assertThat(loader.load()).isFalse();
		var after = read(
				"MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships")
			.get(0);
		assertThat(after.get("nodes").asLong()).isEqualTo(before.get("nodes").asLong());
		assertThat(after.get("relationships").asLong()).isEqualTo(before.get("relationships").asLong());
	}

}
