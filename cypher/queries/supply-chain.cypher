// title: Alleged supply chain from manufacturers
// description: SUPPLIES links from manufacturers to distributors (and on to dealers where known), with the
// description: confidence of each link. No source confirms a specific link, so all are low-confidence allegations;
// description: a link is held only where a source names that manufacturer as selling to that distributor.
// param: maxConfidence = 1.0
// expect: rows = 1
// expect: all {"distributor": "interstate-arms", "confidence": 0.4, "dealers": []}
// expect: contains {"manufacturer": "sturm-ruger"}
MATCH (m:Manufacturer)-[s:SUPPLIES]->(d:Distributor)
WHERE s.confidence <= $maxConfidence
OPTIONAL MATCH (d)-[:SUPPLIES]->(dealer:Dealer)
RETURN m.id AS manufacturer, d.id AS distributor, s.confidence AS confidence, s.quote AS quote,
       collect(dealer.id) AS dealers
ORDER BY manufacturer
