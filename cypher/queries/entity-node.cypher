// title: One entity by id
// description: The node with this business id, all its properties and labels.
// param: id = "spragues-sports"
// expect: rows = 1
MATCH (n:Entity {id: $id})
RETURN n
