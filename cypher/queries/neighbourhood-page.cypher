// title: Neighbourhood of an entity, paginated, with a cap per hub
// description: The entity's relationships and neighbours (sources excluded; they are shown as evidence), optionally
// description: only some relationship types ($types, a list, or null for all) and one direction ($direction: 'out',
// description: 'in' or 'both'). Neighbours are grouped by relationship type and direction; each group is cut to its
// description: first $perHubCap neighbours by id (its full size is returned as total), so a distributor with
// description: thousands of dealers does not flood the answer. Pages are keyset-paginated: $after is the key of the
// description: last row of the previous page ("TYPE|direction|neighbourId"); a page asks for $limit + 1 rows to tell
// description: whether there is another.
// param: id = "mx-v-sw-dmass"
// param: types = null
// param: direction = "both"
// param: perHubCap = 50
// param: after = null
// param: limit = 50
// expect: rows >= 1
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
RETURN key, type, direction, total, relationship, neighbour, startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId
ORDER BY key
LIMIT $limit + 1
