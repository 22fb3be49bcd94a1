// Every bulk import is recorded as an (:Import) node; its id comes from the kind and the file's checksum, so a
// re-run of the same file continues the same import.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
// Which import wrote a node ("origin" already has an index on Entity); listings are filtered by month.
CREATE INDEX dealer_last_listed IF NOT EXISTS FOR (n:Dealer) ON (n.lastListed);
CREATE INDEX manufacturer_licence_number IF NOT EXISTS FOR (n:Manufacturer) ON (n.licenceNumber);
CREATE INDEX importer_licence_number IF NOT EXISTS FOR (n:Importer) ON (n.licenceNumber);
