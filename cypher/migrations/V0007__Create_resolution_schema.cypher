// Entity resolution (docs/resolution.md): each (:Judgement) (not an Entity: no importer can match, create or change
// one) has a unique id and names its pair by `pair` (the two ids, smaller first); members of a cluster carry the
// cluster's canonical id in `clusterId`, which search, entity pages and tracing read.
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE INDEX judgement_pair IF NOT EXISTS FOR (n:Judgement) ON (n.pair);
CREATE INDEX entity_cluster IF NOT EXISTS FOR (n:Entity) ON (n.clusterId);
