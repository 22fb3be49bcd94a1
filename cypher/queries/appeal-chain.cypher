// title: The appeal chain of a case
// description: From a case down through the cases it reviews (REVIEWS), one row a level: the court, the docket
// description: and the rulings made at that level in date order. Default: the Supreme Court case of Mexico v.
// description: Smith & Wesson, which reviews the First Circuit appeal, which reviews the D. Mass. suit.
// param: case = "sw-v-mx-scotus"
// expect: rows = 3
// expect: first {"level": 0, "case": "sw-v-mx-scotus", "court": "Supreme Court of the United States"}
// expect: contains {"level": 1, "case": "mx-v-sw-1cir", "docket": "22-1823", "rulings": ["ruling-1cir-2024-01-22"]}
// expect: contains {"level": 2, "case": "mx-v-sw-dmass", "rulings": ["ruling-dmass-2022-09-30", "ruling-dmass-2024-08-07"]}
MATCH chain = (:Lawsuit {id: $case})-[:REVIEWS*0..6]->(c:Lawsuit)
WITH c, length(chain) AS level
OPTIONAL MATCH (c)-[:FILED_IN]->(court:Court)
OPTIONAL MATCH (r:Ruling)-[:RULING_IN]->(c)
WITH level, c, court, r ORDER BY r.date
RETURN level, c.id AS case, c.docketNumber AS docket, court.name AS court,
       collect(r.id) AS rulings, collect(r.outcome) AS outcomes
ORDER BY level
