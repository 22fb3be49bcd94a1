// title: A case: parties with roles, court, rulings in order, laws cited
// description: Everything a lawsuit or proceeding turns on, each relationship with its evidence. Its appeal chain
// description: is the appeal-chain query.
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
RETURN c, parties, courts, rulings, caseLaws, rulingLaws, judges
