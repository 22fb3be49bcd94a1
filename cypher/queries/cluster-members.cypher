// title: The cluster an entity belongs to
// description: The one rule by which ids resolve: an entity judged the same as others answers as its cluster's
// description: canonical entity (the member whose id the members' clusterId holds), and the cluster is every entity
// description: with that clusterId; an entity in no cluster is its own. Search, entity pages and tracing read the
// description: same property (docs/resolution.md).
// param: id = "spragues-sports"
// expect: rows = 1
// expect: first {"canonical": "spragues-sports"}
MATCH (n:Entity {id: $id})
WITH coalesce(n.clusterId, n.id) AS canonical
OPTIONAL MATCH (m:Entity {clusterId: canonical})
WITH canonical, collect(m.id) AS members
RETURN canonical, CASE WHEN size(members) = 0 THEN [canonical] ELSE members END AS members
