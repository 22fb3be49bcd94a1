// title: Lawsuits of an actor, with its role and the rulings
// description: Every case an actor is a party to (plaintiff, defendant, petitioner, respondent, or requester of an
// description: advisory opinion), the role with its evidence, and the rulings in the case in date order.
// param: id = "spragues-sports"
// expect: rows >= 1
MATCH (a:Entity {id: $id})-[role:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN|REQUESTED]->(l:Lawsuit)
RETURN l AS lawsuit, role, a.id AS actorId,
       COLLECT { MATCH (l)<-[in:RULING_IN]-(r:Ruling) RETURN {ruling: r, relationship: in} ORDER BY r.date } AS rulings
ORDER BY l.filed, l.id
