// title: Laws a case turns on
// description: The laws the case's pleadings cite (the case CITES) and those its rulings cite or apply, with the
// description: ruling that does it and the evidence.
// param: id = "mx-v-sw-dmass"
// expect: rows >= 1
MATCH (c:Lawsuit {id: $id})
CALL (c) {
  MATCH (c)-[x:CITES]->(law:Law)
  RETURN law, x AS relationship, null AS ruling
  UNION
  MATCH (c)<-[:RULING_IN]-(r:Ruling)-[x:CITES|APPLIES]->(law:Law)
  RETURN law, x AS relationship, r AS ruling
}
RETURN law, relationship, ruling
ORDER BY law.id, ruling.date, type(relationship)
