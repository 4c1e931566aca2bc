-- The dispute list (and its export) filters by scope, township and status and pages by received_on DESC, id DESC.
-- Composite indexes let both databases find one page (and count the matches) without touching the other rows.
CREATE INDEX dispute_township_status_received_idx ON dispute (township_code, status, received_on, id);
CREATE INDEX dispute_township_received_idx ON dispute (township_code, received_on, id);
CREATE INDEX dispute_status_received_idx ON dispute (status, received_on, id);
CREATE INDEX dispute_received_id_idx ON dispute (received_on, id);
