// title: Flow observations by destination, origin and period
// description: Every observed firearms flow (FlowObservation: metric, value, unit, period, caveat) from an origin
// description: (a country or state) to a destination, optionally only one destination ($destination), one origin
// description: ($origin) and observations whose period overlaps $from..$to (dates, inclusive). The caveat says what
// description: the figure counts (e.g. ATF "U.S.-sourced" means made in or imported into the U.S.; trace data only
// description: cover the firearms submitted for tracing).
// param: destination = "MX"
// param: origin = null
// param: from = null
// param: to = null
// expect: rows >= 5
MATCH (origin:Entity)-[o:ORIGIN_OF]->(f:FlowObservation)-[d:DESTINED_FOR]->(destination:Entity)
WHERE ($destination IS NULL OR destination.id = $destination)
  AND ($origin IS NULL OR origin.id = $origin)
  AND ($from IS NULL OR coalesce(f.periodEnd, f.periodStart, d.validTo, d.validFrom) IS NULL
       OR coalesce(f.periodEnd, f.periodStart, d.validTo, d.validFrom) >= date($from))
  AND ($to IS NULL OR coalesce(f.periodStart, f.periodEnd, d.validFrom, d.validTo) IS NULL
       OR coalesce(f.periodStart, f.periodEnd, d.validFrom, d.validTo) <= date($to))
RETURN f AS observation, origin, destination, o AS originRelationship, d AS destinationRelationship
ORDER BY destination.id, origin.id, coalesce(f.periodStart, d.validFrom), f.id
