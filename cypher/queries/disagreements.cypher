// title: Disagreements: claims that cannot both be true
// description: Every CONTRADICTS pair with both statements, their values, who asserts each side and the note on
// description: why they differ (the quote of the CONTRADICTS relationship).
// expect: rows = 10
// expect: contains {"topic": "defendant-count", "claim": "claim-seed-defendant-count", "claimValue": 8, "contradicts": "claim-scotus-defendant-count", "otherValue": 7}
// expect: contains {"topic": "iacthr-opinion-status", "claimSources": ["src-seed-article"]}
// expect: all {"claimSources": ["src-seed-article"]}
MATCH (a:Claim)-[x:CONTRADICTS]->(b:Claim)
OPTIONAL MATCH (sa:Source)-[:ASSERTS]->(a)
WITH a, x, b, collect(DISTINCT sa.id) AS claimSources
OPTIONAL MATCH (sb:Source)-[:ASSERTS]->(b)
RETURN coalesce(a.topic, b.topic) AS topic, a.id AS claim, a.statement AS statement, a.value AS claimValue,
       b.id AS contradicts, b.statement AS otherStatement, b.value AS otherValue,
       claimSources, collect(DISTINCT sb.id) AS otherSources, x.quote AS why
ORDER BY topic, claim, contradicts
