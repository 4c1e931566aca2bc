-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.3, schema v2); see the PostgreSQL
-- variant for what it holds. Columns as in the jar's schemas/v2/schema-h2.sql, except that the serialized event has no
-- 4,000-character cap (H2 compares and indexes CHARACTER VARYING, not CLOB; without a length it takes up to 1 G chars).
CREATE TABLE event_publication (
    id                     UUID                        NOT NULL PRIMARY KEY,
    completion_date        TIMESTAMP(9) WITH TIME ZONE,
    event_type             VARCHAR(512)                NOT NULL,
    listener_id            VARCHAR(512)                NOT NULL,
    publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    serialized_event       CHARACTER VARYING           NOT NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX event_publication_by_listener_id_and_serialized_event_idx
    ON event_publication (listener_id, serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
