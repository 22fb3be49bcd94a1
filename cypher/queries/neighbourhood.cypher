// title: The direct neighbours of an entity
// description: Every relationship of an entity in either direction: its type, direction, the node at the other
// description: end and the confidence, capped at $limit rows.
// param: id = "interstate-arms"
// param: limit = 100
// expect: rows = 13
// expect: contains {"type": "SUPPLIES", "direction": "in", "otherId": "smith-wesson", "confidence": 0.4}
// expect: contains {"type": "PETITIONER_IN", "direction": "out", "otherId": "sw-v-mx-scotus"}
MATCH (n:Entity {id: $id})-[r]-(other)
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       other.id AS otherId, other.name AS other, r.confidence AS confidence
ORDER BY type, otherId
LIMIT $limit
