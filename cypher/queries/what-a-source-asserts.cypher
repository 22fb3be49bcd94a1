// title: What a source asserts
// description: The claims a source makes (ASSERTS), what each is about, and any claim it contradicts or that
// description: contradicts it. Default: the seed article, which the record contradicts on seven topics.
// param: source = "src-seed-article"
// expect: rows = 12
// expect: contains {"claim": "claim-seed-defendant-count", "topic": "defendant-count", "contradictedBy": ["claim-complaint-defendant-count", "claim-scotus-defendant-count"]}
// expect: contains {"claim": "claim-seed-lowy-quote", "contradictedBy": []}
MATCH (s:Source {id: $source})-[asserts:ASSERTS]->(c:Claim)
OPTIONAL MATCH (c)-[:ABOUT]->(about)
WITH s, asserts, c, collect(DISTINCT about.id) AS about
OPTIONAL MATCH (c)-[:CONTRADICTS]-(other:Claim)
WITH s, asserts, c, about, other ORDER BY other.id
RETURN c.id AS claim, c.name AS title, c.topic AS topic, c.value AS value, about,
       collect(other.id) AS contradictedBy, asserts.confidence AS confidence, asserts.quote AS quote
ORDER BY claim
