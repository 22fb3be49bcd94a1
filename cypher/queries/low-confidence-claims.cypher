// title: Claims asserted only with low confidence
// description: Claims whose best supporting assertion has confidence below $below: statements to treat with care
// description: or to verify, with who asserts them.
// param: below = 0.5
// expect: rows >= 10
// expect: contains {"claim": "claim-seed-defendant-count", "confidence": 0.3, "sources": ["src-seed-article"]}
// expect: none {"claim": "claim-scotus-decision"}
MATCH (s:Source)-[a:ASSERTS]->(c:Claim)
WITH c, max(a.confidence) AS confidence, collect(s.id) AS sources
WHERE confidence < $below
RETURN c.id AS claim, c.name AS name, c.topic AS topic, confidence, sources
ORDER BY confidence, claim
