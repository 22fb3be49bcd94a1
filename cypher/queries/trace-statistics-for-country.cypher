// title: Trafficking and trace statistics for a destination country
// description: Every observed flow figure destined for a country (FlowObservation nodes), with origin, metric,
// description: value, unit, the caveat that limits it and the sources. Try "MX", "HT" or "JM". A figure for a region
// description: the country is PART_OF (the Caribbean) is listed too, with that region as its destination: it is
// description: the region's figure, not the country's own.
// param: country = "HT"
// expect: rows = 11
// expect: contains {"observation": "flow-atf-2021-ht-us-sourced", "destination": "HT", "value": 106}
// expect: contains {"observation": "flow-atf-caribbean-2020-2021-pistol", "destination": "caribbean", "value": 2491}
// expect: contains {"metric": "us-sourced-share", "value": 73, "unit": "percent", "origin": "US"}
// expect: contains {"metric": "traced", "value": 7399, "unit": "firearms"}
MATCH (c:Country {id: $country})
MATCH (origin)-[:ORIGIN_OF]->(o:FlowObservation)-[d:DESTINED_FOR]->(destination)
WHERE destination = c OR (destination:Region AND (c)-[:PART_OF]->(destination))
RETURN o.id AS observation, origin.id AS origin, o.metric AS metric, o.value AS value, o.unit AS unit,
       o.periodStart AS periodStart, o.periodEnd AS periodEnd, o.caveat AS caveat, d.sources AS sources,
       d.confidence AS confidence, destination.id AS destination
ORDER BY metric, value DESC
