// Every node has one globally unique business id (never elementId()): the Entity label carries it for lookups
// across types, and each label has its own constraint so label-specific queries are index-backed too.
// The Entity constraint comes last on purpose: label tokens are numbered in creation order and Neo4j Browser
// colours and captions a node by its first label, which must be its type (Dealer, Lawsuit...), not Entity.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT manufacturer_id IF NOT EXISTS FOR (n:Manufacturer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT distributor_id IF NOT EXISTS FOR (n:Distributor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dealer_id IF NOT EXISTS FOR (n:Dealer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT importer_id IF NOT EXISTS FOR (n:Importer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT court_id IF NOT EXISTS FOR (n:Court) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lawsuit_id IF NOT EXISTS FOR (n:Lawsuit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ruling_id IF NOT EXISTS FOR (n:Ruling) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT flow_observation_id IF NOT EXISTS FOR (n:FlowObservation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
