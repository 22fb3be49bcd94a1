// Every import, curated load and analyst query leaves an (:AuditEvent) node (not an Entity: no importer can match,
// create or change one). Each has a unique id; GET /api/audit pages them newest first by their time, and filters by
// kind and by who.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_kind_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.kind, n.at);
CREATE INDEX audit_event_who IF NOT EXISTS FOR (n:AuditEvent) ON (n.who);
