// title: From a dealer to a destination country
// description: Bounded paths from a dealer through where it is (LOCATED_IN, up to three hops) to its country,
// description: and on to each observed flow from that country to the destination: the geography an
// description: investigator follows, one row per flow figure, with the hops as business ids.
// param: dealer = "spragues-sports"
// param: country = "MX"
// expect: rows = 32
// expect: all {"hops": ["spragues-sports", "yuma", "arizona", "US"]}
// expect: contains {"observation": "flow-gao-21-322-us-sourced-2014-2018", "metric": "us-sourced-share", "value": 70}
MATCH located = (d:Dealer {id: $dealer})-[:LOCATED_IN*1..3]->(origin:Country)
MATCH (origin)-[:ORIGIN_OF]->(o:FlowObservation)-[:DESTINED_FOR]->(:Country {id: $country})
RETURN [n IN nodes(located) | n.id] AS hops, o.id AS observation, o.metric AS metric, o.value AS value,
       o.unit AS unit, o.caveat AS caveat
ORDER BY metric, value DESC, observation
