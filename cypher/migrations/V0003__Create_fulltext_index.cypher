// One full-text index for the search box: names, d/b/a aliases, docket numbers, citations, captions, titles.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.docketNumber, n.citation, n.caption, n.title, n.businessName, n.licenseName, n.licenceNumber];
