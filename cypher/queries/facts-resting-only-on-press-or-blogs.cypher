// title: Facts that rest only on press or blog sources
// description: Relationships every one of whose sources is of a kind in $kinds (by default press and blog): no
// description: court record, statute, official, scholarly or NGO source supports them yet, so they are the first to
// description: check against the record. Add "reference" or "unknown" to $kinds for facts resting on encyclopedias
// description: or on sources of no stated kind. Weakest first.
// param: kinds = ["press", "blog"]
// expect: rows >= 50
// expect: columns = from, type, to, sources, onlyKinds, confidence
// expect: contains {"from": "ruling-dariz-2024-03-22", "type": "APPLIES", "onlyKinds": ["blog"]}
// expect: contains {"from": "mexico-city", "type": "LOCATED_IN", "to": "MX", "onlyKinds": ["press"]}
// expect: none {"type": "DEFENDANT_IN", "to": "mx-v-sw-dmass"}
// expect: none {"type": "DEFENDANT_IN", "to": "mx-v-diamondback"}
MATCH (a)-[r]->(b)
WHERE size(r.sources) > 0
WITH a, r, b, COLLECT {
  UNWIND r.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  RETURN DISTINCT s.kind AS kind ORDER BY kind
} AS kinds
WHERE size(kinds) > 0 AND all(kind IN kinds WHERE kind IN $kinds)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.sources AS sources, kinds AS onlyKinds, r.confidence AS confidence
ORDER BY confidence, type, from, to
