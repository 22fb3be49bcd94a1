// title: Rulings that applied a law or any of its sections
// description: Each decision that turns on the law (APPLIES), on the law itself or a section below it (PART_OF),
// description: with the case, the section applied and the quote that shows it.
// param: law = "plcaa"
// expect: rows = 7
// expect: first {"ruling": "ruling-dmass-2022-09-30", "section": "plcaa"}
// expect: contains {"ruling": "ruling-scotus-2025-06-05", "section": "plcaa-7903-5-a-iii", "citation": "15 U.S.C. §7903(5)(A)(iii)"}
// expect: contains {"ruling": "ruling-dariz-2024-03-22", "case": "mx-v-diamondback"}
MATCH (law:Law {id: $law})
MATCH (section:Law)-[:PART_OF*0..3]->(law)
MATCH (r:Ruling)-[applies:APPLIES]->(section)
OPTIONAL MATCH (r)-[:RULING_IN]->(suit:Lawsuit)
RETURN r.id AS ruling, r.date AS date, suit.id AS case, section.id AS section, section.citation AS citation,
       r.outcome AS outcome, applies.quote AS quote, applies.sources AS sources
ORDER BY date, section
