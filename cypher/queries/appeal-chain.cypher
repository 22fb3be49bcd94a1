// title: The appeal chain of a case
// description: The whole chain of cases linked by REVIEWS (a higher court reviewing a lower one) that this case is
// description: part of, one row a level from the highest court down to the court of first instance (level 1): the
// description: court, the docket and the rulings made at that level in date order, with their RULING_IN evidence,
// description: and the REVIEWS relationship by which the level above reviews it. Default: the Supreme Court case of
// description: Mexico v. Smith & Wesson, which reviews the First Circuit appeal, which reviews the D. Mass. suit.
// param: case = "sw-v-mx-scotus"
// expect: rows = 3
// expect: first {"level": 3, "case": "sw-v-mx-scotus", "court": "Supreme Court of the United States"}
// expect: contains {"level": 2, "case": "mx-v-sw-1cir", "docket": "22-1823", "rulings": ["ruling-1cir-2024-01-22"]}
// expect: contains {"level": 1, "case": "mx-v-sw-dmass", "rulings": ["ruling-dmass-2022-09-30", "ruling-dmass-2024-08-07"]}
MATCH chain = (:Lawsuit {id: $case})<-[:REVIEWS*0..6]-(top:Lawsuit)
WHERE NOT EXISTS { (:Lawsuit)-[:REVIEWS]->(top) }
WITH chain ORDER BY length(chain) DESC LIMIT 1
WITH chain, head(nodes(chain)) AS c
MATCH down = (c)-[:REVIEWS*0..6]->(bottom:Lawsuit)
WHERE NOT EXISTS { (bottom)-[:REVIEWS]->(:Lawsuit) }
WITH chain, down ORDER BY length(down) DESC LIMIT 1
// top-down: reviews[i] is the REVIEWS relationship from cases[i] (the reviewing case) to cases[i + 1]
WITH reverse(nodes(chain)) + tail(nodes(down)) AS cases, reverse(relationships(chain)) + relationships(down) AS reviews
UNWIND range(0, size(cases) - 1) AS i
WITH size(cases) - i AS level, cases[i] AS c, CASE WHEN i = 0 THEN null ELSE reviews[i - 1] END AS reviewedBy,
     CASE WHEN i = 0 THEN null ELSE cases[i - 1].id END AS reviewedById
OPTIONAL MATCH (c)-[:FILED_IN]->(court:Court)
WITH level, c, reviewedBy, reviewedById, head(collect(court.name)) AS court,
     COLLECT { MATCH (c)<-[in:RULING_IN]-(r:Ruling) RETURN {ruling: r, relationship: in} ORDER BY r.date } AS rulingEvidence
RETURN level, c.id AS case, c.docketNumber AS docket, court,
       [e IN rulingEvidence | e.ruling.id] AS rulings, [e IN rulingEvidence | e.ruling.outcome] AS outcomes,
       c AS lawsuit, reviewedBy, reviewedById, rulingEvidence
ORDER BY level DESC
