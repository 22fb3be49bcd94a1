// title: Standing resolution judgements
// description: The judgements (same, not same, unsure) that have not been undone, newest first, with who made each,
// description: when, why, and the score and features at the time; with $entity set, only those naming that entity.
// description: Undone judgements keep their node (retractedAt, retractedBy) and are left out here.
// param: entity = null
// param: limit = 100
// expect: rows = 0
MATCH (j:Judgement)
WHERE j.retractedAt IS NULL AND ($entity IS NULL OR $entity IN [j.left, j.right])
RETURN j.id AS id, j.left AS left, j.right AS right, j.verdict AS verdict, j.who AS who, j.at AS at, j.why AS why,
       j.score AS score, j.features AS features
ORDER BY at DESC, id
LIMIT $limit
