// title: The cluster an entity belongs to
// description: The one rule by which ids resolve: an entity judged the same as others answers as its cluster's
// description: canonical entity (the member whose id the members' clusterId holds), and the cluster is every entity
// description: with that clusterId; an entity in no cluster is its own. Search, entity pages and tracing read the
// description: same property (docs/resolution.md); the neighbourhood, timeline, dossier and path services run this
// description: query first and pass the members' ids to theirs. `entity` is the canonical node, or the entity
// description: itself when its cluster's canonical node is gone (a curated entity dropped from the data).
// param: id = "spragues-sports"
// expect: rows = 1
// expect: first {"canonical": "spragues-sports"}
MATCH (n:Entity {id: $id})
WITH n, coalesce(n.clusterId, n.id) AS canonical
OPTIONAL MATCH (c:Entity {id: canonical})
OPTIONAL MATCH (m:Entity {clusterId: canonical})
WITH n, canonical, coalesce(c, n) AS entity, m
ORDER BY m.id
WITH n, canonical, entity, collect(m.id) AS members
RETURN canonical, entity, CASE WHEN size(members) = 0 THEN [n.id] ELSE members END AS members
