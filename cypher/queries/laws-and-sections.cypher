// title: A law, its sections and the laws it creates or amends
// description: The parts of a law (PART_OF, up to three levels), the provisions it creates (CREATES) or amends
// description: (AMENDS), and who enacted it.
// param: law = "bsca"
// expect: rows = 5
// expect: contains {"relation": "CREATES", "related": "usc-18-932", "citation": "18 U.S.C. §932"}
// expect: contains {"relation": "AMENDS", "related": "usc-18-924-k"}
// expect: contains {"relation": "HAS_PART", "related": "sitfa"}
// expect: all {"enactedBy": ["us-congress"]}
MATCH (law:Law {id: $law})
OPTIONAL MATCH (law)-[:ENACTED_BY]->(body)
WITH law, collect(body.id) AS enactedBy
CALL (law) {
  MATCH (part:Law)-[:PART_OF*1..3]->(law)
  RETURN 'HAS_PART' AS relation, part AS related
  UNION
  MATCH (law)-[x:CREATES|AMENDS]->(other:Law)
  RETURN type(x) AS relation, other AS related
}
RETURN law.id AS law, relation, related.id AS related, related.name AS name, related.citation AS citation, enactedBy
ORDER BY relation, related
