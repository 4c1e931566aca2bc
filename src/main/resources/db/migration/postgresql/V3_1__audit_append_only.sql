-- PostgreSQL only: the audit table refuses UPDATE and DELETE for every role, so the trail is append-only in the
-- database itself, not only in the application. (H2 has no PL/pgSQL; there the SM3 chain still detects tampering.)
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
