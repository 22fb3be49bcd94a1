// title: Timeline of an actor or a case
// description: Every dated event about an entity in order: its own dates (filed, ruled, enacted, announced,
// description: launched, decided, published, adopted, period of an observation) and those of the cases it is a party
// description: to, their rulings, the cases of its appeal chain and the flow observations it is the origin or
// description: destination of; plus the dates its own relationships started and ended. Each event shows when it
// description: happened and when a source reported it (the earliest assertedOn among the relationships of that
// description: node, with that relationship's evidence), so a late report of an early event is visible.
// description: $members are the ids of the entity's cluster (cluster-members.cypher; just its own id when it is in
// description: no cluster): a cluster's timeline is every member's, each event once, each naming its subject (a
// description: member's own dates name that member); relationships between members are left out.
// param: members = ["mx-v-sw-dmass"]
// expect: rows >= 3
MATCH (e:Entity)
WHERE e.id IN $members
WITH collect(e) AS cluster
UNWIND cluster AS e
CALL (e) {
  MATCH (e)
  RETURN e AS subject
  UNION
  MATCH (e)-[:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN|REQUESTED]->(l:Lawsuit)
  RETURN l AS subject
  UNION
  MATCH (e)-[:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN|REQUESTED]->(:Lawsuit)<-[:RULING_IN]-(r:Ruling)
  RETURN r AS subject
  UNION
  MATCH (e)<-[:RULING_IN]-(r:Ruling)
  RETURN r AS subject
  UNION
  MATCH (e:Lawsuit)-[:REVIEWS*1..4]-(l:Lawsuit)
  RETURN l AS subject
  UNION
  MATCH (e:Lawsuit)-[:REVIEWS*1..4]-(:Lawsuit)<-[:RULING_IN]-(r:Ruling)
  RETURN r AS subject
  UNION
  MATCH (e)-[:ORIGIN_OF]->(o:FlowObservation)
  RETURN o AS subject
  UNION
  MATCH (e)<-[:DESTINED_FOR]-(o:FlowObservation)
  RETURN o AS subject
}
WITH DISTINCT cluster, subject
CALL (cluster, subject) {
  UNWIND [k IN keys(subject) WHERE k IN ['filed', 'date', 'enacted', 'announced', 'launched', 'founded', 'decided',
                                         'published', 'adopted', 'periodStart', 'periodEnd']] AS key
  WITH subject, key,
       head(COLLECT { MATCH (subject)-[x]-(:Entity)
                      WHERE x.assertedOn IS NOT NULL AND NOT type(x) IN ['ASSERTS', 'ABOUT', 'CONTRADICTS']
                      RETURN x ORDER BY x.assertedOn LIMIT 1 }) AS reportedBy
  RETURN key AS event, subject[key] AS happened, subject[key + 'Text'] AS happenedText, reportedBy AS relationship
  UNION ALL
  WITH cluster, subject WHERE subject IN cluster
  MATCH (subject)-[x]-(other:Entity)
  WHERE NOT type(x) IN ['ASSERTS', 'ABOUT', 'CONTRADICTS', 'SAME_AS'] AND NOT other IN cluster
  UNWIND [['started', x.validFrom], ['ended', x.validTo]] AS bound
  WITH x, bound WHERE bound[1] IS NOT NULL
  RETURN type(x) + ' ' + bound[0] AS event, bound[1] AS happened, null AS happenedText, x AS relationship
}
RETURN subject.id AS subjectId, subject.name AS subjectName, [l IN labels(subject) WHERE l <> 'Entity'][0] AS subjectType,
       event, happened, happenedText, relationship.assertedOn AS reported, relationship,
       startNode(relationship).id AS fromId, endNode(relationship).id AS toId
ORDER BY happened, reported, subjectId, event
