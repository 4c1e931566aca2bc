-- One-time form tokens (issue 10, point 20): a create form carries a token issued when the page is rendered; the
-- POST consumes it (used_at), so a refresh, a back-and-resubmit or a double click cannot create a second record.
-- result_url is where the first submission led (the created case), so a replay is sent there instead.
-- Kept in the database rather than the HTTP session so that consuming is one atomic UPDATE, also for anonymous
-- visitors and across nodes; rows older than the token lifetime are deleted by a scheduled job.
CREATE TABLE form_token (
    token      VARCHAR(64)              PRIMARY KEY,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    result_url VARCHAR(500)
);

CREATE INDEX form_token_issued_at ON form_token (issued_at);
