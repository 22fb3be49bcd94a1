// title: Rulings that cite or apply a law
// description: Every ruling that CITES or APPLIES the law or one of its sections (PART_OF the law, up to three
// description: levels down), in date order, with the relationship's evidence (quote and locator in the opinion).
// param: id = "plcaa"
// expect: rows >= 3
// expect: contains {"lawId": "plcaa"}
MATCH (law:Law {id: $id})
MATCH (section:Law)-[:PART_OF*0..3]->(law)
MATCH (r:Ruling)-[x:CITES|APPLIES]->(section)
RETURN r AS ruling, x AS relationship, section.id AS lawId, section.name AS lawName
ORDER BY r.date, r.id, type(x), section.id
