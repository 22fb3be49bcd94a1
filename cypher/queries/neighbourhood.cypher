// title: The neighbourhood of an entity, a page at a time, capped per hub
// description: The entity's relationships and neighbours in either direction (sources excluded; they are shown as
// description: evidence): its type, direction, the node at the other end and the confidence. Optionally only some
// description: relationship types ($types, a list, or null for all) and one direction ($direction: 'out', 'in' or
// description: 'both'). Neighbours are grouped by relationship type and direction; each group is cut to its first
// description: $perHubCap neighbours by id (its full size is returned as total), so a distributor with thousands of
// description: dealers does not flood the answer. Pages are keyset-paginated: $after is the key of the last row of
// description: the previous page ("TYPE|direction|neighbourId"). The explorer and the neighbourhood endpoint ask for
// description: one row more than a page to tell whether there is another.
// param: id = "interstate-arms"
// param: types = null
// param: direction = "both"
// param: perHubCap = 50
// param: after = null
// param: limit = 100
// expect: rows = 13
// expect: contains {"type": "SUPPLIES", "direction": "in", "otherId": "smith-wesson", "confidence": 0.4}
// expect: contains {"type": "PETITIONER_IN", "direction": "out", "otherId": "sw-v-mx-scotus"}
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n:Source
WITH e, r, n, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
WHERE $direction = 'both' OR direction = $direction
WITH r, n, direction
ORDER BY type(r), direction, n.id
WITH type(r) AS type, direction, collect({r: r, n: n}) AS members
WITH type, direction, size(members) AS total, members[..$perHubCap] AS shown
UNWIND shown AS member
WITH type, direction, total, member.r AS relationship, member.n AS neighbour,
     type + '|' + direction + '|' + member.n.id AS key
WHERE $after IS NULL OR key > $after
RETURN type, direction, neighbour.id AS otherId, neighbour.name AS other, relationship.confidence AS confidence,
       total, key, relationship, neighbour, startNode(relationship).id AS fromId, endNode(relationship).id AS toId
ORDER BY key
LIMIT $limit
