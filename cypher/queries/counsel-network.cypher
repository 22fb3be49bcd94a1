// title: Who represents whom
// description: Lawyers and firms (COUNSEL_FOR) with the party they represent and the cases that party is in.
// expect: rows = 10
// expect: contains {"counsel": "Jones Day", "client": "smith-wesson"}
// expect: contains {"counsel": "Catherine E. Stetson", "client": "gov-mx", "counselType": "Person"}
// expect: rows >= 8
MATCH (counsel)-[c:COUNSEL_FOR]->(client)
OPTIONAL MATCH (client)-[:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(suit:Lawsuit)
WITH counsel, c, client, suit ORDER BY suit.id
RETURN counsel.name AS counsel, [l IN labels(counsel) WHERE l <> 'Entity'][0] AS counselType,
       client.id AS client, collect(DISTINCT suit.id) AS cases, c.sources AS sources
ORDER BY client, counsel
