// title: Flow figures by origin, destination and metric
// description: How many observations the graph holds for each origin, destination and metric, with the lowest
// description: and highest value: where the numbers agree and where they spread.
// expect: rows = 44
// expect: contains {"origin": "US", "destination": "MX", "metric": "trafficked-estimate", "observations": 5, "lowest": 200000, "highest": 500000}
// expect: contains {"origin": "US", "destination": "MX", "metric": "us-sourced-share", "observations": 6, "lowest": 65.5, "highest": 87}
// expect: contains {"origin": "US", "destination": "caribbean", "metric": "traced", "observations": 7}
// expect: contains {"origin": "texas", "destination": "mexico-central-america", "metric": "top-source-state-count", "observations": 1, "lowest": 22506, "highest": 22506}
// expect: contains {"origin": "texas", "destination": "MX", "metric": "top-source-state-share", "observations": 6, "lowest": 29, "highest": 43}
// expect: contains {"origin": "california", "destination": "MX", "metric": "top-source-state-share", "observations": 2, "lowest": 9, "highest": 19}
// expect: contains {"origin": "california-new-mexico", "destination": "mexico-central-america", "metric": "top-source-state-count", "observations": 1, "lowest": 9348, "highest": 9348}
// expect: contains {"origin": "new-mexico", "destination": "MX", "metric": "top-source-state-count", "observations": 1, "lowest": 492, "highest": 492}
// expect: contains {"origin": "US", "destination": "JM", "metric": "us-sourced-share", "observations": 1, "lowest": 71, "highest": 71}
MATCH (origin)-[:ORIGIN_OF]->(o:FlowObservation)-[:DESTINED_FOR]->(destination)
RETURN origin.id AS origin, destination.id AS destination, o.metric AS metric, count(o) AS observations,
       min(o.value) AS lowest, max(o.value) AS highest, collect(DISTINCT o.unit) AS units
ORDER BY origin, destination, metric
