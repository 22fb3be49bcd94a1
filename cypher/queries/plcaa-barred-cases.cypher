// title: Manufacturers whose cases were barred by a law, and by which ruling
// description: For a law (default PLCAA), the rulings that applied it (or one of its sections) and held that
// description: it bars the suit, and the manufacturers sued in the ruled case (as defendants or petitioners).
// param: law = "plcaa"
// expect: rows = 9
// expect: contains {"manufacturer": "Smith & Wesson Brands, Inc.", "barredBy": ["ruling-dmass-2022-09-30", "ruling-scotus-2025-06-05"]}
// expect: contains {"manufacturer": "Glock Ges.m.b.H.", "barredBy": ["ruling-dmass-2022-09-30"]}
// expect: none {"manufacturer": "Witmer Public Safety Group, Inc. d/b/a Interstate Arms"}
MATCH (law:Law {id: $law})
MATCH (section:Law)-[:PART_OF*0..3]->(law)
MATCH (ruling:Ruling)-[:APPLIES]->(section)
WHERE toLower(ruling.outcome) CONTAINS 'bars'
MATCH (ruling)-[:RULING_IN]->(suit:Lawsuit)<-[:DEFENDANT_IN|PETITIONER_IN]-(m:Manufacturer)
WITH m, ruling, suit ORDER BY ruling.date
RETURN m.name AS manufacturer, m.id AS manufacturerId,
       collect(DISTINCT ruling.id) AS barredBy,
       collect(DISTINCT ruling.citation) AS citations,
       collect(DISTINCT suit.id) AS cases
ORDER BY manufacturer
