// title: Graph data version
// description: What a report cites as the data it was produced from: the curated dataset's checksum and load time,
// description: and the most recent import, if any.
// internal: true
// expect: rows = 1
OPTIONAL MATCH (d:Dataset {id: 'curated'})
OPTIONAL CALL () {
  MATCH (i:Import)
  RETURN i.id AS importId
  ORDER BY coalesce(i.finishedAt, i.startedAt) DESC, i.id DESC
  LIMIT 1
}
RETURN d.checksum AS curatedChecksum, toString(d.loadedAt) AS curatedLoadedAt, importId
