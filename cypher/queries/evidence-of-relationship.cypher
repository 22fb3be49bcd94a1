// title: The evidence behind one relationship
// description: For a relationship given by its ends and type, the quote, locator, validity, confidence and each
// description: cited source with title, publisher and URL.
// param: from = "spragues-sports"
// param: type = "DEFENDANT_IN"
// param: to = "mx-v-diamondback"
// expect: rows = 3
// expect: all {"type": "DEFENDANT_IN", "confidence": 1.0, "validFrom": "2022-10-10"}
// expect: contains {"source": "src-reuters-2022-10-10"}
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
UNWIND r.sources AS sourceId
MATCH (s:Source {id: sourceId})
RETURN type(r) AS type, r.quote AS quote, r.locator AS locator, r.validFrom AS validFrom, r.validTo AS validTo,
       r.confidence AS confidence, s.id AS source, s.title AS title, s.publisher AS publisher, s.url AS url
ORDER BY source
