// title: Full-text search over names, aliases, docket numbers and citations
// description: Lucene query syntax against the entity_search index (names, d/b/a aliases, docket numbers,
// description: citations, captions, titles, licence numbers). The REST endpoint escapes what the user typed and
// description: adds prefix matching; in Browser write the Lucene query yourself, e.g. "spragu*".
// param: query = "spragu*"
// param: limit = 20
// expect: rows >= 1
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
