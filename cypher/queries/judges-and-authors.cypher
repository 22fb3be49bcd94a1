// title: Judges of each case and the rulings they wrote
// description: Every person who sits on a case (JUDGE_OF) with the rulings in that case they authored (AUTHORED).
// expect: rows = 11
// expect: contains {"judge": "Elena Kagan", "case": "sw-v-mx-scotus", "authored": ["ruling-scotus-2025-06-05"]}
// expect: contains {"judge": "F. Dennis Saylor IV", "authored": ["ruling-dmass-2022-09-30", "ruling-dmass-2024-08-07"]}
// expect: contains {"judge": "Clarence Thomas", "authored": []}
// expect: contains {"judge": "David G. Campbell", "case": "terry-v-newell", "authored": ["ruling-dariz-2014-10-03-terry"]}
MATCH (p:Person)-[:JUDGE_OF]->(suit:Lawsuit)
OPTIONAL MATCH (p)-[:AUTHORED]->(r:Ruling)-[:RULING_IN]->(suit)
WITH p, suit, r ORDER BY r.date
RETURN p.name AS judge, p.id AS judgeId, suit.id AS case, collect(r.id) AS authored
ORDER BY case, judge
