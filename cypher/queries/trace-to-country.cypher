// title: Trace a dealer or supplier to a destination country
// description: Every path of at most 4 hops from an actor to a country through case evidence: supply (SUPPLIES),
// description: location (LOCATED_IN), the case level (a dealer's sales SOLD_BY, the buyer BOUGHT_BY, the firearms
// description: INCLUDED, the trafficking TRAFFICKED_BY and DESTINED_FOR a country, a recovery OCCURRED_IN it, a
// description: firearm trace TRACED_TO the dealer and TRACE_OF a recovery, a criminal case a defendant is
// description: DEFENDANT_IN or that CONCERNS a store or an event) and lawsuits (DEFENDANT_IN/PETITIONER_IN, then back
// description: along PLAINTIFF_IN/RESPONDENT_IN to the suing government, GOVERNMENT_OF its country). Aggregate
// description: statistics (FlowObservation) are never a hop: they are context, returned apart by
// description: trace-context.cypher. Each hop is taken in the direction of the flow: forward, except that
// description: PLAINTIFF_IN, RESPONDENT_IN, SOLD_BY, TRACED_TO and TRAFFICKED_BY are taken backwards (the
// description: dealer to its sales and traces, the buyer to the trafficking), INCLUDED backwards from a firearm
// description: (to the trafficking or recovery of that gun) and CONCERNS backwards from a store (to the case), so a
// description: trace never fans out from a city to all its dealers. A country is where a trace arrives, never a
// description: waypoint (the start aside): no hop leaves one, so a path does not read the hundreds of thousands of
// description: recoveries and traffickings that name the US or MX at the case level. With $asOf set, only
// description: relationships that held on that date (validFrom <= asOf <= validTo, open ends allowed) are used. A path is scored as the
// description: product of its hops' confidences (0.5 where missing) times (1 - 0.5^k), k = distinct sources cited
// description: along it; current paths (no hop that ended before today) first, then by score, then shorter first.
// description: The hop bound cannot be a Cypher parameter: the service replaces the marked bound /*maxHops*/4 with
// description: a validated integer from 1 to 6 (HopBound), and nothing else in this text.
// description: An actor judged the same as others (a cluster, cluster-members.cypher) is traced as one node: the
// description: paths start at any member of its cluster.
// param: from = "spragues-sports"
// param: country = "MX"
// param: asOf = null
// param: limit = 25
// expect: rows >= 1
MATCH (start:Entity {id: $from})
CALL (start) {
  RETURN start AS a
  UNION
  MATCH (a:Entity {clusterId: start.clusterId}) WHERE a <> start
  RETURN a
}
MATCH p = (a)
      ((x)-[r:SUPPLIES|LOCATED_IN|DESTINED_FOR|DEFENDANT_IN|PETITIONER_IN|PLAINTIFF_IN|RESPONDENT_IN|GOVERNMENT_OF|SOLD_BY|BOUGHT_BY|INCLUDED|TRAFFICKED_BY|OCCURRED_IN|TRACED_TO|TRACE_OF|CONCERNS]-(y)
        WHERE startNode(r) = CASE
                WHEN type(r) IN ['PLAINTIFF_IN', 'RESPONDENT_IN', 'SOLD_BY', 'TRACED_TO', 'TRAFFICKED_BY'] THEN y
                WHEN type(r) = 'INCLUDED' AND x:Firearm THEN y
                WHEN type(r) = 'CONCERNS' AND x:Dealer THEN y
                ELSE x END
          AND NOT y:FlowObservation
          AND NOT (x:Country AND x.id <> $from)
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
