-- PostgreSQL only (issue 10): TRUNCATE is refused on the audit table, and the chain head only moves forward one
-- appended row at a time (no DELETE, no TRUNCATE, no moving it back after deleting the tail).
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

CREATE OR REPLACE FUNCTION audit_chain_head_forward_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id = OLD.id AND NEW.last_seq = OLD.last_seq + 1 AND NEW.keyed_from = OLD.keyed_from
                AND EXISTS (SELECT 1 FROM audit_event WHERE seq = NEW.last_seq AND hash = NEW.last_hash) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_chain_head is append-only: it moves forward one appended row at a time';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_chain_head_forward
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only();
