// title: Entities by id
// description: The nodes with these business ids, with their labels: the one entity lookup every read feature
// description: runs first, to answer 404 for an unknown id and 400 for an id of the wrong kind.
// internal: true
// param: ids = ["spragues-sports", "MX"]
// expect: rows = 2
// expect: first {"id": "MX"}
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n
ORDER BY id
