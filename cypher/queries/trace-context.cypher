// title: The statistics about a dealer's places that reach a country: context for a trace, not a path
// description: Published figures (FlowObservation) whose origin is a place the actor is located in, at any level
// description: (its city, county, state, country, or a Region one of them is part of), and whose destination is
// description: the country or a Region it is part of. They are true of the pattern, not proof about this actor's
// description: guns: the trace returns them apart from its paths, each with its caveat, and they never raise a
// description: path's score. Each row is the walk actor -LOCATED_IN-> ... -> origin -ORIGIN_OF-> statistic
// description: -DESTINED_FOR-> destination, scored like a trace path for ordering only. With $asOf set, only
// description: statistics whose period includes that date (open ends allowed).
// param: from = "spragues-sports"
// param: country = "MX"
// param: asOf = null
// param: limit = 25
// expect: rows >= 1
MATCH (a:Entity {id: $from}), (c:Country {id: $country})
MATCH p = (a)-[:LOCATED_IN|PART_OF]->{0,5}(origin)-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(destination)
WHERE (destination = c OR (destination:Region AND (c)-[:PART_OF]->(destination)))
  AND ($asOf IS NULL OR ((f.periodStart IS NULL OR f.periodStart <= date($asOf))
                         AND (f.periodEnd IS NULL OR f.periodEnd >= date($asOf))))
WITH p, relationships(p) AS r
WITH p, r,
     reduce(s = 1.0, h IN r | s * coalesce(h.confidence, 0.5)) AS confidence,
     size(reduce(acc = [], h IN r | acc + [s IN coalesce(h.sources, []) WHERE NOT s IN acc])) AS sourceCount,
     none(h IN r WHERE h.validTo IS NOT NULL AND h.validTo < date()) AS current
WITH nodes(p) AS nodes, relationships(p) AS relationships, current, sourceCount,
     confidence * (1 - 0.5 ^ sourceCount) AS score
ORDER BY current DESC, score DESC, size(relationships) ASC
LIMIT $limit
RETURN nodes, relationships, current, sourceCount, score,
       COLLECT { UNWIND relationships AS h UNWIND h.sources AS sourceId
                 MATCH (s:Source {id: sourceId}) RETURN DISTINCT s } AS sources
