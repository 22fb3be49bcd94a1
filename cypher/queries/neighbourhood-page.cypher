// title: Neighbourhood of an entity, paginated, with a cap per hub
// description: The entity's relationships and neighbours (sources excluded; they are shown as evidence), optionally
// description: only some relationship types ($types, a list, or null for all) and one direction ($direction: 'out',
// description: 'in' or 'both'). Neighbours are grouped by relationship type and direction; each group is cut to its
// description: first $perHubCap neighbours by id (its full size is returned as total), so a distributor with
// description: thousands of dealers does not flood the answer. Pages are keyset-paginated: $after is the key of the
// description: last row of the previous page ("TYPE|direction|neighbourId"); a page asks for $limit + 1 rows to tell
// description: whether there is another. Each group is counted, then cut and paged by neighbour id alone, and
// description: only the one page's relationships and nodes are matched at the end: no row ever holds a whole
// description: group, so a hub of 10,000 neighbours pages within the transaction memory limit.
// param: id = "mx-v-sw-dmass"
// param: types = null
// param: direction = "both"
// param: perHubCap = 50
// param: after = null
// param: limit = 50
// expect: rows >= 1
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n:Source
WITH e, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
WHERE $direction = 'both' OR direction = $direction
WITH e, type, direction, count(*) AS total
CALL {
  WITH e, type, direction
  MATCH (e)-[r]-(n:Entity)
  WHERE type(r) = type AND (startNode(r) = e) = (direction = 'out') AND NOT n:Source
  WITH type, direction, n.id AS neighbourId
  ORDER BY neighbourId
  LIMIT $perHubCap
  WITH neighbourId, type + '|' + direction + '|' + neighbourId AS key
  WHERE $after IS NULL OR key > $after
  RETURN neighbourId, key
  ORDER BY key
  LIMIT $limit + 1
}
WITH e, type, direction, total, neighbourId, key
ORDER BY key
LIMIT $limit + 1
MATCH (e)-[relationship]-(neighbour:Entity {id: neighbourId})
WHERE type(relationship) = type AND (startNode(relationship) = e) = (direction = 'out')
RETURN key, type, direction, total, relationship, neighbour, startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId
ORDER BY key
