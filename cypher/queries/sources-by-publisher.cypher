// title: Sources by publisher
// description: How many sources each publisher contributes and how many relationships cite them. Optionally
// description: limited to one kind of source (court-record, opinion, statute, government, intergovernmental,
// description: academic, press, dataset, ngo, reference, blog, unknown); null for all.
// param: kind = null
// expect: rows >= 20
// expect: contains {"publisher": "U.S. Government Accountability Office"}
MATCH (s:Source)
WHERE $kind IS NULL OR s.kind = $kind
OPTIONAL MATCH ()-[r]->() WHERE s.id IN r.sources
WITH s, count(r) AS citations
RETURN coalesce(s.publisher, '(unknown)') AS publisher, count(s) AS sources, sum(citations) AS citations,
       collect(DISTINCT s.kind) AS kinds
ORDER BY citations DESC, publisher
