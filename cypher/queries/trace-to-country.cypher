// title: Trace a dealer or supplier to a destination country
// description: Every path of at most 4 hops from an actor to a country through supply (SUPPLIES), location
// description: (LOCATED_IN), flow observations (ORIGIN_OF, DESTINED_FOR) and lawsuits (DEFENDANT_IN/PETITIONER_IN,
// description: then back along PLAINTIFF_IN/RESPONDENT_IN to the suing government, GOVERNMENT_OF its country).
// description: Each hop is taken in the direction of the flow: forward along every type except PLAINTIFF_IN and
// description: RESPONDENT_IN, which are taken backwards (lawsuit to the party that brought it), so a trace never
// description: fans out from a city to all its dealers. With $asOf set, only relationships that held on that date
// description: (validFrom <= asOf <= validTo, open ends allowed) are used. A path is scored as the product of its
// description: hops' confidences (0.5 where missing) times (1 - 0.5^k), k = distinct sources cited along it; current
// description: paths (no hop that ended before today) first, then by score, then shorter first.
// description: The hop bound cannot be a Cypher parameter: the service replaces the marked bound /*maxHops*/4 with
// description: a validated integer from 1 to 6 (HopBound), and nothing else in this text.
// param: from = "spragues-sports"
// param: country = "MX"
// param: asOf = null
// param: limit = 25
// expect: rows >= 1
MATCH p = (a:Entity {id: $from})
      ((x)-[r:SUPPLIES|LOCATED_IN|ORIGIN_OF|DESTINED_FOR|DEFENDANT_IN|PETITIONER_IN|PLAINTIFF_IN|RESPONDENT_IN|GOVERNMENT_OF]-(y)
        WHERE startNode(r) = CASE WHEN type(r) IN ['PLAINTIFF_IN', 'RESPONDENT_IN'] THEN y ELSE x END
          AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf))
                                 AND (r.validTo IS NULL OR r.validTo >= date($asOf))))
      ){1,/*maxHops*/4}
      (c:Country {id: $country})
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p, r,
     reduce(s = 1.0, h IN r | s * coalesce(h.confidence, 0.5)) AS confidence,
     size(reduce(acc = [], h IN r | acc + [s IN coalesce(h.sources, []) WHERE NOT s IN acc])) AS sourceCount,
     none(h IN r WHERE h.validTo IS NOT NULL AND h.validTo < date()) AS current
WITH nodes(p) AS nodes, relationships(p) AS relationships, current, sourceCount,
     confidence * (1 - 0.5 ^ sourceCount) AS score
ORDER BY current DESC, score DESC, size(relationships) ASC
LIMIT $limit
// The cited sources come back with each path, so an answer is one round trip.
RETURN nodes, relationships, current, sourceCount, score,
       COLLECT { UNWIND relationships AS h UNWIND h.sources AS sourceId
                 MATCH (s:Source {id: sourceId}) RETURN DISTINCT s } AS sources
