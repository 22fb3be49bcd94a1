// title: Appeal chain of a case
// description: The cases linked to this one by REVIEWS (a higher court reviewing a lower one), from the court of
// description: first instance up to the highest court, with the REVIEWS evidence between each pair and each case's
// description: rulings in date order.
// param: id = "mx-v-sw-1cir"
// expect: rows = 1
MATCH (c:Lawsuit {id: $id})
MATCH p = (top:Lawsuit)-[:REVIEWS*0..6]->(bottom:Lawsuit)
WHERE NOT EXISTS { (bottom)-[:REVIEWS]->(:Lawsuit) } AND NOT EXISTS { (:Lawsuit)-[:REVIEWS]->(top) } AND c IN nodes(p)
WITH p ORDER BY length(p) DESC LIMIT 1
WITH reverse(nodes(p)) AS cases, reverse(relationships(p)) AS reviews
RETURN cases, reviews,
       [l IN cases | COLLECT { MATCH (l)<-[in:RULING_IN]-(r:Ruling) RETURN {ruling: r, relationship: in} ORDER BY r.date }] AS rulings
