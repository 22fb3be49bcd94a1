// title: Trafficking and trace statistics for a destination country
// description: Every observed flow figure destined for a country (FlowObservation nodes), with origin, metric,
// description: value, unit, the caveat that limits it and the sources. Try "MX", "HT" or "JM".
// param: country = "HT"
// expect: rows = 2
// expect: contains {"metric": "us-sourced-share", "value": 73, "unit": "percent", "origin": "US"}
// expect: contains {"metric": "traced", "value": 7399, "unit": "firearms"}
MATCH (origin)-[:ORIGIN_OF]->(o:FlowObservation)-[d:DESTINED_FOR]->(:Country {id: $country})
RETURN o.id AS observation, origin.id AS origin, o.metric AS metric, o.value AS value, o.unit AS unit,
       o.periodStart AS periodStart, o.periodEnd AS periodEnd, o.caveat AS caveat, d.sources AS sources,
       d.confidence AS confidence
ORDER BY metric, value DESC
