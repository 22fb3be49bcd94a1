// title: Every case an actor is party to
// description: The lawsuits in which an actor (company, government, person) is plaintiff, defendant, petitioner or
// description: respondent, with the court, the role's dates and the latest ruling in each.
// param: actor = "smith-wesson"
// expect: rows = 3
// expect: contains {"case": "mx-v-sw-dmass", "role": "DEFENDANT_IN", "court": "court-d-mass", "latestRuling": "ruling-dmass-2024-08-07"}
// expect: contains {"case": "sw-v-mx-scotus", "role": "PETITIONER_IN", "latestRuling": "ruling-scotus-2025-06-05"}
MATCH (actor:Entity {id: $actor})-[role:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(suit:Lawsuit)
OPTIONAL MATCH (suit)-[:FILED_IN]->(court:Court)
CALL (suit) {
  OPTIONAL MATCH (r:Ruling)-[:RULING_IN]->(suit)
  RETURN r ORDER BY r.date DESC LIMIT 1
}
RETURN suit.id AS case, suit.name AS name, type(role) AS role, role.validFrom AS since, role.validTo AS until,
       court.id AS court, r.id AS latestRuling, r.date AS latestRulingDate, suit.status AS status
ORDER BY case
