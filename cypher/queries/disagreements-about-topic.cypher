// title: All claims on one disputed topic, side by side
// description: Every claim with the topic, its value and unit, who asserts it with what confidence, and how many
// description: claims contradict it. Topics: defendant-count, share-from-us-gun-shops, annual-trafficking-volume,
// description: scotus-decision-date, iacthr-opinion-status, security-initiative-date, bsca-cross-border-trafficking.
// param: topic = "annual-trafficking-volume"
// expect: rows = 4
// expect: contains {"claim": "claim-seed-annual-volume", "contradictions": 2, "sources": ["src-seed-article"]}
// expect: contains {"claim": "claim-gao-annual-volume", "value": 200000, "contradictions": 1}
// expect: contains {"claim": "claim-complaint-annual-volume", "contradictions": 0}
MATCH (c:Claim {topic: $topic})
OPTIONAL MATCH (s:Source)-[a:ASSERTS]->(c)
WITH c, collect(DISTINCT s.id) AS sources, max(a.confidence) AS confidence
RETURN c.id AS claim, c.statement AS statement, c.value AS value, c.unit AS unit, sources, confidence,
       COUNT { (c)-[:CONTRADICTS]-(:Claim) } AS contradictions
ORDER BY confidence DESC, claim
