// title: The neighbourhood of an entity, a page at a time, capped per hub
// description: The entity's relationships and neighbours in either direction (sources excluded; they are shown as
// description: evidence): its type, direction, the node at the other end and the confidence. Optionally only some
// description: relationship types ($types, a list, or null for all) and one direction ($direction: 'out', 'in' or
// description: 'both'). Neighbours are grouped by relationship type and direction; each group is cut to its first
// description: $perHubCap neighbours by id (its full size is returned as total), so a distributor with thousands of
// description: dealers does not flood the answer. Pages are keyset-paginated: $after is the key of the last row of
// description: the previous page ("TYPE|direction|neighbourId"); $limit counts neighbours (keys), and a neighbour
// description: linked more than once comes back in one row per relationship. The explorer and the neighbourhood
// description: endpoint ask for one neighbour more than a page to tell whether there is another. Each group is counted, then cut and
// description: paged by neighbour id alone, and only the page's relationships and nodes are matched at the end:
// description: no row ever holds a whole group, so a hub of 10,000 neighbours pages within the transaction
// description: memory limit.
// description: $members are the ids of the entity's cluster (cluster-members.cypher; just its own id when it is in
// description: no cluster): a cluster answers as one entity, with the relationships of every member (each row's
// description: fromId/toId keep the member's own id, member is that member's node) and the relationships between
// description: members left out. A neighbour two members share is one neighbour of the group (counted once in
// description: total), with each member's relationship.
// param: members = ["interstate-arms"]
// param: types = null
// param: direction = "both"
// param: perHubCap = 50
// param: after = null
// param: limit = 100
// expect: rows = 7
// expect: contains {"type": "SUPPLIES", "direction": "in", "otherId": "sturm-ruger", "confidence": 0.4}
// expect: contains {"type": "PETITIONER_IN", "direction": "out", "otherId": "sw-v-mx-scotus"}
MATCH (e:Entity)
WHERE e.id IN $members
WITH collect(e) AS centre
UNWIND centre AS e
MATCH (e)-[r]-(n:Entity)
WHERE NOT n IN centre AND ($types IS NULL OR type(r) IN $types) AND NOT n:Source
WITH centre, n, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
WHERE $direction = 'both' OR direction = $direction
WITH centre, type, direction, count(DISTINCT n) AS total
CALL (centre, type, direction) {
  UNWIND centre AS e
  MATCH (e)-[r]-(n:Entity)
  WHERE type(r) = type AND (startNode(r) = e) = (direction = 'out') AND NOT n:Source AND NOT n IN centre
  WITH DISTINCT n.id AS neighbourId
  ORDER BY neighbourId
  LIMIT $perHubCap
  WITH neighbourId, type + '|' + direction + '|' + neighbourId AS key
  WHERE $after IS NULL OR key > $after
  RETURN neighbourId, key
  ORDER BY key
  LIMIT $limit
}
WITH centre, type, direction, total, neighbourId, key
ORDER BY key
LIMIT $limit
UNWIND centre AS e
MATCH (e)-[relationship]-(neighbour:Entity {id: neighbourId})
WHERE type(relationship) = type AND (startNode(relationship) = e) = (direction = 'out')
RETURN type, direction, neighbour.id AS otherId, neighbour.name AS other, relationship.confidence AS confidence,
       total, key, relationship, neighbour, startNode(relationship).id AS fromId, endNode(relationship).id AS toId,
       e AS member
ORDER BY key, fromId, toId
