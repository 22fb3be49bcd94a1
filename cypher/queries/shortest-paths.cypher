// title: All shortest paths between two entities
// description: Every shortest path (all paths of the minimum length, up to 4 hops) between two entities, over the
// description: same relationships as "paths-between" (no Source or Claim nodes; ASSERTS, ABOUT, CONTRADICTS and
// description: SAME_AS are not traversed), each with its score (product of hop confidences times 1 - 0.5^distinct
// description: sources), best first.
// description: The hop bound cannot be a Cypher parameter: the service replaces the marked bound /*maxHops*/4 with
// description: a validated integer from 1 to 6 (HopBound), and nothing else in this text.
// description: $from and $to are the ids of each end's cluster (cluster-members.cypher; just the entity's own id
// description: when it is in no cluster): a path starts at any member of the one and ends at any member of the
// description: other, so an entity judged the same as others answers as one. A member met mid-path is its own node.
// param: from = ["spragues-sports"]
// param: to = ["plcaa"]
// param: limit = 25
// expect: rows >= 1
MATCH p = ALL SHORTEST (a:Entity WHERE a.id IN $from)
      ((x)-[r:SUPPLIES|LOCATED_IN|ORIGIN_OF|DESTINED_FOR|PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN|FILED_IN|RULING_IN|ISSUED_BY|CITES|APPLIES|REVIEWS|ENACTED_BY|PART_OF|AMENDS|CREATES|JUDGE_OF|AUTHORED|COUNSEL_FOR|ANNOUNCED|LAUNCHED|MEMBER_OF|HOLDS_OFFICE_IN|REQUESTED|SUBSIDIARY_OF|GOVERNMENT_OF]-(y)
        WHERE NOT y:Source AND NOT y:Claim
      ){1,/*maxHops*/4}
      (b:Entity WHERE b.id IN $to)
// ALL SHORTEST is shortest per pair of ends; a cluster's shortest are the shortest over all its members' pairs.
WITH collect(p) AS found, min(length(p)) AS shortest
UNWIND [q IN found WHERE length(q) = shortest] AS p
WITH p, relationships(p) AS r
WITH p, r,
     reduce(s = 1.0, h IN r | s * coalesce(h.confidence, 0.5)) AS confidence,
     size(reduce(acc = [], h IN r | acc + [s IN coalesce(h.sources, []) WHERE NOT s IN acc])) AS sourceCount,
     none(h IN r WHERE h.validTo IS NOT NULL AND h.validTo < date()) AS current
WITH nodes(p) AS nodes, relationships(p) AS relationships, current, sourceCount,
     confidence * (1 - 0.5 ^ sourceCount) AS score
ORDER BY current DESC, score DESC
LIMIT $limit
// The cited sources come back with each path, so an answer is one round trip.
RETURN nodes, relationships, current, sourceCount, score,
       COLLECT { UNWIND relationships AS h UNWIND h.sources AS sourceId
                 MATCH (s:Source {id: sourceId}) RETURN DISTINCT s } AS sources
