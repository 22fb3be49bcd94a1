// title: An entity with its direct relationships and their evidence
// description: One actor, law, case, ruling or source by its business id, with every relationship it takes part
// description: in (both directions) and the node at the other end. Capped at $limit relationships; the
// description: neighbourhood service pages through larger hubs.
// param: id = "spragues-sports"
// param: limit = 500
// expect: rows = 1
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(other)
  RETURN r, other, startNode(r) = n AS outgoing
  ORDER BY type(r), other.name
  LIMIT $limit
}
RETURN n, collect({relationship: r, other: other, outgoing: outgoing}) AS relationships,
       COUNT { (n)--() } AS degree
