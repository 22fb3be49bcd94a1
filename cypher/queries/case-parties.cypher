// title: The parties of a case and their roles
// description: Plaintiffs, defendants, petitioners and respondents of a lawsuit, with when their role began and,
// description: for a party dismissed from the case, when it ended (validTo).
// param: case = "mx-v-sw-dmass"
// expect: rows = 11
// expect: contains {"party": "Government of Mexico", "role": "PLAINTIFF_IN"}
// expect: contains {"partyId": "barrett", "role": "DEFENDANT_IN", "until": "2024-08-07"}
// expect: contains {"partyId": "smith-wesson", "role": "DEFENDANT_IN", "until": null}
MATCH (party)-[role:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(:Lawsuit {id: $case})
RETURN party.name AS party, party.id AS partyId, [l IN labels(party) WHERE l <> 'Entity'][0] AS type,
       type(role) AS role, role.validFrom AS since, role.validTo AS until, role.sources AS sources
ORDER BY role, party
