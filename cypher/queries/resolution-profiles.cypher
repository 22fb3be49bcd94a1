// title: The entities resolution compares
// description: Every actor of the types resolution compares (dealers, importers, manufacturers, distributors,
// description: organizations, people), with its type, its properties (names, aliases, licence number, address,
// description: birth date, identifiers, countries) and the cluster it is in already. The resolution service scores
// description: pairs of them in Java (blocking, explainable features).
// internal: true
// param: types = ["Dealer", "Importer", "Manufacturer", "Distributor", "Organization", "Person"]
// expect: rows >= 10
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $types)
RETURN n.id AS id, [label IN labels(n) WHERE label IN $types][0] AS type, properties(n) AS properties,
       n.clusterId AS clusterId
ORDER BY id
