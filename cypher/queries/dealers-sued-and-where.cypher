// title: Dealers that are defendants, and where they are
// description: Every firearms dealer sued in a lawsuit, with the city and state of its premises (following
// description: LOCATED_IN upwards), the case, and the sources naming it as a defendant.
// expect: rows = 6
// expect: columns = dealer, dealerId, city, state, country, lawsuit, since, sources
// expect: contains {"dealer": "Sprague's Sports, Inc.", "city": "Yuma, Arizona", "state": "Arizona", "country": "US"}
// expect: all {"state": "Arizona"}
// expect: contains {"dealer": "Lone Wolf Trading Co.", "city": "Glendale, Arizona", "lawsuit": "terry-v-newell"}
MATCH (d:Dealer)-[defendant:DEFENDANT_IN]->(suit:Lawsuit)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(city:Place)
OPTIONAL MATCH (city)-[:LOCATED_IN]->(state:Place)
OPTIONAL MATCH (d)-[:LOCATED_IN*1..3]->(country:Country)
RETURN d.name AS dealer, d.id AS dealerId, city.name AS city, state.name AS state, country.id AS country,
       suit.id AS lawsuit, defendant.validFrom AS since, defendant.sources AS sources
ORDER BY dealer
