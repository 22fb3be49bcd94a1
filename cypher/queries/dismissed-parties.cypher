// title: Parties dismissed from a case
// description: Parties whose role in a case has an end date (validTo), with the ruling of that date in the case
// description: that explains it, if one is recorded.
// expect: rows = 6
// expect: all {"case": "mx-v-sw-dmass", "until": "2024-08-07", "ruling": "ruling-dmass-2024-08-07"}
// expect: contains {"party": "Sturm, Ruger & Co., Inc."}
// expect: none {"partyId": "smith-wesson"}
MATCH (party)-[role:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(suit:Lawsuit)
WHERE role.validTo IS NOT NULL
OPTIONAL MATCH (r:Ruling)-[:RULING_IN]->(suit) WHERE r.date = role.validTo
RETURN party.name AS party, party.id AS partyId, type(role) AS role, suit.id AS case, role.validTo AS until,
       r.id AS ruling, r.outcome AS outcome
ORDER BY party
