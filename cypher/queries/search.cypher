// title: Full-text search over names, aliases, docket numbers and citations
// description: Lucene query syntax against the entity_search index (names, d/b/a aliases, docket numbers,
// description: citations, captions, titles, licence numbers). The REST endpoint escapes what the user typed and
// description: adds prefix matching; in Browser write the Lucene query yourself, e.g. "spragu*".
// param: query = "spragu*"
// param: limit = 20
// expect: rows >= 1
// description: Entities judged the same (a cluster, see cluster-members.cypher) answer as one hit: their canonical
// description: entity, with the best score of its members.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH coalesce(node.clusterId, node.id) AS canonical, max(score) AS score, min(node.name) AS name
ORDER BY score DESC, name
LIMIT $limit
MATCH (node:Entity {id: canonical})
RETURN node, score
ORDER BY score DESC, name
