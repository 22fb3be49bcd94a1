// title: Relationships without a verbatim quote, by type
// description: A data-quality check: how many relationships of each type carry no quote from their sources and
// description: only sources, and their average confidence. Limited to confidence at or below $maxConfidence.
// param: maxConfidence = 1.0
// expect: rows >= 10
// expect: contains {"type": "ABOUT"}
// expect: none {"type": "SUPPLIES"}
MATCH ()-[r]->()
WHERE r.quote IS NULL AND r.confidence <= $maxConfidence
RETURN type(r) AS type, count(r) AS withoutQuote, round(avg(r.confidence), 2) AS averageConfidence
ORDER BY withoutQuote DESC, type
