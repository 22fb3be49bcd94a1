// title: Contradicting claims
// description: Every pair of claims that cannot both be true (CONTRADICTS), with the sources asserting each side
// description: and what each claim is about; only the pairs where either claim is about $entity when it is set.
// param: entity = null
// expect: rows >= 5
MATCH (a:Claim)-[c:CONTRADICTS]->(b:Claim)
WHERE $entity IS NULL
   OR EXISTS { (a)-[:ABOUT]->(:Entity {id: $entity}) }
   OR EXISTS { (b)-[:ABOUT]->(:Entity {id: $entity}) }
RETURN a AS claim, b AS otherClaim, c AS relationship,
       COLLECT { MATCH (s:Source)-[:ASSERTS]->(a) RETURN s.id ORDER BY s.id } AS claimSources,
       COLLECT { MATCH (s:Source)-[:ASSERTS]->(b) RETURN s.id ORDER BY s.id } AS otherSources,
       COLLECT { MATCH (a)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS claimAbout,
       COLLECT { MATCH (b)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS otherAbout
ORDER BY a.topic, a.id, b.id
