// title: Rulings in date order
// description: Every ruling, order, opinion and report with its date, issuing court or body, case and outcome.
// expect: rows = 10
// expect: first {"ruling": "ruling-dariz-2014-10-03-terry", "date": "2014-10-03", "issuedBy": "court-d-ariz"}
// expect: contains {"ruling": "ruling-dmass-2022-09-30", "date": "2022-09-30", "issuedBy": "court-d-mass"}
// expect: contains {"ruling": "iacthr-oc-30-25", "kind": "advisory-opinion", "case": "iacthr-oc-30-25-request"}
// expect: contains {"ruling": "un-a-hrc-53-49", "issuedBy": "un-ohchr", "case": null}
MATCH (r:Ruling)
OPTIONAL MATCH (r)-[:ISSUED_BY]->(issuer)
OPTIONAL MATCH (r)-[:RULING_IN]->(suit:Lawsuit)
RETURN r.id AS ruling, r.date AS date, r.kind AS kind, issuer.id AS issuedBy, suit.id AS case,
       r.citation AS citation, r.outcome AS outcome
ORDER BY date, ruling
