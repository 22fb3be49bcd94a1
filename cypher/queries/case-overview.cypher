// title: A case: parties with roles, court, rulings in order, appeal chain, laws cited
// description: Everything a lawsuit or proceeding turns on, each relationship with its evidence. The appeal chain
// description: runs from the first instance to the highest court through REVIEWS relationships.
// param: id = "sw-v-mx-scotus"
// expect: rows = 1
MATCH (c:Lawsuit {id: $id})
CALL (c) {
  OPTIONAL MATCH (party)-[role:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(c)
  WITH party, role ORDER BY type(role), party.name
  RETURN collect({relationship: role, node: party}) AS parties
}
CALL (c) {
  OPTIONAL MATCH (c)-[filed:FILED_IN]->(court:Court)
  RETURN collect({relationship: filed, node: court}) AS courts
}
CALL (c) {
  OPTIONAL MATCH (ruling:Ruling)-[in:RULING_IN]->(c)
  WITH ruling, in ORDER BY ruling.date
  RETURN collect({relationship: in, node: ruling}) AS rulings
}
CALL (c) {
  OPTIONAL MATCH chain = (top:Lawsuit)-[:REVIEWS*0..6]->(c)-[:REVIEWS*0..6]->(bottom:Lawsuit)
  WHERE NOT EXISTS { (:Lawsuit)-[:REVIEWS]->(top) } AND NOT EXISTS { (bottom)-[:REVIEWS]->(:Lawsuit) }
  WITH chain ORDER BY length(chain) DESC LIMIT 1
  RETURN CASE WHEN chain IS NULL THEN [] ELSE reverse(nodes(chain)) END AS chainNodes,
         CASE WHEN chain IS NULL THEN [] ELSE reverse(relationships(chain)) END AS chainRelationships
}
CALL (c) {
  OPTIONAL MATCH (c)-[cites:CITES]->(law:Law)
  WITH cites, law ORDER BY law.name
  RETURN collect({relationship: cites, node: law}) AS caseLaws
}
CALL (c) {
  OPTIONAL MATCH (r:Ruling)-[:RULING_IN]->(c)
  OPTIONAL MATCH (r)-[applies:CITES|APPLIES]->(law:Law)
  WITH r, applies, law ORDER BY r.date, law.name, type(applies)
  RETURN collect(DISTINCT {relationship: applies, node: law, ruling: r.id}) AS rulingLaws
}
CALL (c) {
  OPTIONAL MATCH (judge:Person)-[sits:JUDGE_OF]->(c)
  WITH judge, sits ORDER BY judge.name
  RETURN collect({relationship: sits, node: judge}) AS judges
}
RETURN c, parties, courts, rulings, chainNodes, chainRelationships, caseLaws, rulingLaws, judges
