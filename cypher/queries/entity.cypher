// title: An entity with its direct relationships and their evidence
// description: One actor, law, case, ruling or source by its business id, with every relationship it takes part
// description: in (both directions) and the node at the other end. Capped at $limit relationships; the
// description: neighbourhood service pages through larger hubs.
// param: id = "spragues-sports"
// param: limit = 500
// expect: rows = 1
// description: An entity judged the same as others answers as its cluster (cluster-members.cypher): any member's id
// description: gives the canonical entity with the relationships of every member (each row names its member);
// description: relationships between members are left out.
MATCH (requested:Entity {id: $id})
OPTIONAL MATCH (canonical:Entity {id: requested.clusterId})
WITH coalesce(canonical, requested) AS n
WITH n, CASE WHEN n.clusterId IS NULL THEN [n]
             ELSE COLLECT { MATCH (m:Entity {clusterId: n.clusterId}) RETURN m ORDER BY m.id } END AS members
CALL (n, members) {
  UNWIND members AS m
  MATCH (m)-[r]-(other)
  WHERE NOT other IN members
  RETURN r, other, startNode(r) = m AS outgoing, m.id AS member
  ORDER BY type(r), other.name
  LIMIT $limit
}
WITH n, members, collect({relationship: r, other: other, outgoing: outgoing, member: member}) AS relationships
RETURN n, relationships,
       CASE WHEN size(members) = 1 THEN COUNT { (n)--() }
            ELSE COUNT { UNWIND members AS m MATCH (m)--(other) WHERE NOT other IN members RETURN other } END AS degree,
       [m IN members | m.id] AS members
