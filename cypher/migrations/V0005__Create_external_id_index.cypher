// The ids an entity has in other tools' data (FollowTheMoney ids from Aleph, OpenAleph, OpenSanctions) when an
// import matched such an entity to one the graph already had, by name: links in later files find it by that id.
// The keyword analyzer indexes each id whole and as given, so a lookup is an exact match on one list element.
CREATE FULLTEXT INDEX entity_external_ids IF NOT EXISTS
FOR (n:Entity) ON EACH [n.externalIds]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
