// title: Entities by id
// description: The nodes with these business ids and their labels; the investigation services use it to answer
// description: 404 for an unknown id and 400 for an id of the wrong kind before running a path query.
// param: ids = ["spragues-sports", "MX"]
// expect: rows = 2
// expect: first {"id": "MX"}
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.name AS name
ORDER BY id
