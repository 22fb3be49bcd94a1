// title: Initiatives against trafficking, in date order
// description: Each initiative with who announced and who launched it, and when.
// expect: rows = 2
// expect: first {"initiative": "us-mx-security-cooperation-2025", "announced": "2025-09-03"}
// expect: contains {"initiative": "mission-firewall", "launchedBy": ["us-mx-sig"], "launched": "2025-09-26"}
MATCH (i:Initiative)
OPTIONAL MATCH (announcer)-[:ANNOUNCED]->(i)
WITH i, collect(DISTINCT announcer.id) AS announcedBy
OPTIONAL MATCH (launcher)-[:LAUNCHED]->(i)
RETURN i.id AS initiative, i.name AS name, i.announced AS announced, i.launched AS launched, announcedBy,
       collect(DISTINCT launcher.id) AS launchedBy
ORDER BY coalesce(i.launched, i.announced), initiative
