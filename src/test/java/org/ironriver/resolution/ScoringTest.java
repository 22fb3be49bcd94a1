package org.ironriver.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The score on the pairs the issue names, and the FollowTheMoney shapes: what must stay
 * apart stays apart, what is one is one, and every score says why.
 */
class ScoringTest {

	private static EntityRecord record(String id, String type, Object... keyValues) {
		var properties = new HashMap<String, Object>();
		for (int i = 0; i < keyValues.length; i += 2) {
			properties.put((String) keyValues[i], keyValues[i + 1]);
		}
		return new EntityRecord(id, type, properties, null);
	}

	private static List<String> features(Candidate candidate) {
		return candidate.features().stream().map(Feature::feature).toList();
	}

	@Test
	void two_real_people_with_one_name_stay_apart_when_their_birth_dates_differ() {
		var a = record("p1", "Person", "name", "John A. Smith", "birthDate", "1961-04-02", "premises", "Yuma, AZ");
		var b = record("p2", "Person", "name", "JOHN A SMITH", "birthDate", "1979-11-30", "premises", "Yuma, AZ");

		var scored = Resolution.score(a, b);

		assertThat(scored.score()).isLessThan(Resolution.DEFAULT_THRESHOLD);
		assertThat(scored.score()).isZero();
		assertThat(features(scored)).contains("name ↔ name", "birthDate conflict", "city");
		assertThat(Resolution.candidates(List.of(a, b), Resolution.DEFAULT_THRESHOLD, Set.of(), Map.of())).isEmpty();
	}

	@Test
	void two_people_with_one_name_and_only_a_city_in_common_are_not_enough() {
		var a = record("p1", "Person", "name", "Maria Lopez", "premises", "Tucson, AZ");
		var b = record("p2", "Person", "name", "MARIA LOPEZ", "premises", "Tucson, AZ");

		assertThat(Resolution.score(a, b).score()).isEqualTo(0.6);
	}

	@Test
	void two_licensees_with_one_name_and_different_licence_numbers_stay_apart() {
		var a = record("ffl-9-86-00001", "Dealer", "name", "FRONTIER ARMORY LLC", "licenceNumber",
				"9-86-019-01-8K-00001", "premises", "1 MAIN ST, YUMA, AZ 85364", "premisesStreet", "1 MAIN ST",
				"premisesZip", "85364");
		var b = record("ffl-5-74-00002", "Dealer", "name", "FRONTIER ARMORY LLC", "licenceNumber",
				"5-74-101-01-9C-00002", "premises", "9 ELM ST, WACO, TX 76701", "premisesStreet", "9 ELM ST",
				"premisesZip", "76701");

		var scored = Resolution.score(a, b);

		assertThat(scored.score()).isZero();
		assertThat(scored.features()).anySatisfy(f -> {
			assertThat(f.feature()).isEqualTo("licenceNumber conflict");
			assertThat(f.weight()).isNegative();
			assertThat(f.detail()).contains("9-86-00001", "5-74-00002");
		});
	}

	@Test
	void a_dba_and_its_company_match() {
		var company = record("acme", "Organization", "name", "Acme Holdings, Inc. d/b/a Cedar Armory", "premises",
				"Yuma, AZ");
		var licensee = record("ffl-9-86-00003", "Dealer", "name", "ACME HOLDINGS INC", "businessName", "CEDAR ARMORY",
				"licenceNumber", "9-86-027-01-8K-00003", "premises", "345 W 32ND ST, YUMA, AZ 85364");

		var scored = Resolution.score(company, licensee);

		assertThat(scored.score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(scored)).contains("name ↔ name", "second name", "city");
	}

	@Test
	void a_business_known_only_by_its_dba_matches_the_licensee_at_the_same_address() {
		var shop = record("cedar", "Dealer", "name", "Cedar Armory", "premises", "345 W 32nd St, Yuma, AZ 85364");
		var licensee = record("ffl-9-86-00003", "Dealer", "name", "ACME HOLDINGS INC", "businessName", "CEDAR ARMORY",
				"licenceNumber", "9-86-027-01-8K-00003", "premisesStreet", "345 W 32ND ST", "premisesZip", "85364",
				"premises", "345 W 32ND ST, YUMA, AZ 85364");

		var scored = Resolution.score(shop, licensee);

		assertThat(scored.score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(scored)).contains("name ↔ d/b/a", "address");
	}

	@Test
	void a_licensee_that_moved_stays_one() {
		var before = record("ffl-9-86-00004", "Dealer", "name", "RIVER GUN SUPPLY CO", "licenceNumber",
				"9-86-027-01-8K-00004", "premises", "1 MAIN ST, YUMA, AZ 85364", "premisesStreet", "1 MAIN ST",
				"premisesZip", "85364");
		var after = record("lic-moved", "Dealer", "name", "RIVER GUN SUPPLY CO", "licenceNumber",
				"9-86-013-01-1A-00004", "premises", "77 HIGHWAY 80, TUCSON, AZ 85701", "premisesStreet",
				"77 HIGHWAY 80", "premisesZip", "85701");

		var scored = Resolution.score(before, after);

		assertThat(scored.score()).isEqualTo(1.0);
		assertThat(features(scored)).contains("licenceNumber").doesNotContain("licenceNumber conflict", "address");
	}

	@Test
	void a_curated_dealer_and_its_ffl_listing_match_on_name_and_city_despite_the_apostrophe() {
		var curated = record("spragues-sports", "Dealer", "name", "Sprague's Sports, Inc.", "aliases",
				List.of("Sprague's Sports"), "businessName", "Sprague's Sports", "premises", "Yuma, AZ");
		var listing = record("ffl-9-86-09999", "Dealer", "name", "SPRAGUES SPORTS INC", "licenceNumber",
				"9-86-027-01-8K-09999", "premises", "345 W 32ND ST, YUMA, AZ 85364");

		assertThat(Resolution.score(curated, listing).score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
	}

	@Test
	void followthemoney_shapes_aliases_identifiers_birth_dates_and_countries_count() {
		var ftm = record("ftm-person-1", "Person", "name", "Joaquín Guzmán Loera", "aliases", List.of("El Chapo"),
				"birthDate", "1957-04-04", "country", "mx", "identifiers", List.of("CURP GULJ570404"));
		var graph = record("chapo", "Person", "name", "Joaquin Guzman Loera", "birthDate", "1957-04-04", "nationality",
				"MX");
		var alias = record("chapo-alias", "Person", "name", "EL CHAPO", "identifiers", List.of("curp-gulj570404"));
		var other = record("other", "Person", "name", "Joaquin Guzman Loera", "country", "US");

		var transliterated = Resolution.score(ftm, graph);
		assertThat(transliterated.score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(transliterated)).contains("name ↔ name", "birthDate", "country");

		var byIdentifier = Resolution.score(ftm, alias);
		assertThat(byIdentifier.score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(byIdentifier)).contains("alias ↔ name", "identifier");

		var otherCountry = Resolution.score(ftm, other);
		assertThat(otherCountry.score()).isLessThan(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(otherCountry)).contains("country conflict");
	}

	@Test
	void a_typo_and_a_reordered_name_still_match_with_an_address() {
		var listed = record("a", "Person", "name", "SMITH, JOHN A", "premisesStreet", "12 OAK AVE", "premisesZip",
				"85364");
		var reordered = record("b", "Person", "name", "John A Smith", "premisesStreet", "12 Oak Ave", "premisesZip",
				"85364");
		var typo = record("c", "Person", "name", "SMIHT, JOHN A", "premisesStreet", "12 OAK AVE", "premisesZip",
				"85364");

		assertThat(features(Resolution.score(listed, reordered))).contains("name ↔ name (reordered)", "address");
		assertThat(Resolution.score(listed, reordered).score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
		assertThat(features(Resolution.score(listed, typo))).contains("name ↔ name (similar)");
		assertThat(Resolution.score(listed, typo).score()).isGreaterThanOrEqualTo(Resolution.DEFAULT_THRESHOLD);
	}

	@Test
	void a_person_and_a_company_of_one_name_are_never_candidates() {
		var person = record("p", "Person", "name", "Sprague", "premises", "Yuma, AZ");
		var company = record("c", "Dealer", "name", "SPRAGUE", "premises", "Yuma, AZ");

		assertThat(Resolution.candidates(List.of(person, company), 0.0, Set.of(), Map.of())).isEmpty();
	}

	@Test
	void skipped_pairs_are_never_suggested_and_unsure_ones_are_marked() {
		var a = record("a", "Dealer", "name", "RIVER GUN SUPPLY", "licenceNumber", "9-86-027-01-8K-00004");
		var b = record("b", "Dealer", "name", "RIVER GUN SUPPLY", "licenceNumber", "9-86-013-01-1A-00004");

		assertThat(Resolution.candidates(List.of(a, b), 0.7, Set.of(Resolution.pairKey("b", "a")), Map.of())).isEmpty();
		assertThat(Resolution.candidates(List.of(a, b), 0.7, Set.of(), Map.of("a|b", "unsure"))).singleElement()
			.satisfies(c -> assertThat(c.judgement()).isEqualTo("unsure"));
	}

	@Test
	void labelled_licensees_resolve_with_precision_and_recall_of_at_least_95_percent() {
		var labelled = LabelledLicensees.generate(20_000, 7);
		var truth = new HashMap<String, String>();
		var records = new ArrayList<EntityRecord>();
		var sizes = new HashMap<String, Integer>();
		for (var l : labelled) {
			truth.put(l.record().id(), l.truth());
			records.add(l.record());
			sizes.merge(l.truth(), 1, Integer::sum);
		}
		long truePairs = sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
		assertThat(labelled).extracting(LabelledLicensees.Labelled::kind)
			.contains("moved", "typo", "dba", "reordered", "look-alike chain", "look-alike namesake");

		var found = Resolution.candidates(records, Resolution.DEFAULT_THRESHOLD, Set.of(), Map.of());

		long right = found.stream().filter(c -> truth.get(c.left().id()).equals(truth.get(c.right().id()))).count();
		assertThat(right / (double) found.size()).as("precision").isGreaterThanOrEqualTo(0.95);
		assertThat(right / (double) truePairs).as("recall").isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void the_same_seed_gives_the_same_labelled_records() {
		assertThat(LabelledLicensees.generate(500, 3)).isEqualTo(LabelledLicensees.generate(500, 3));
	}

}
