-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.3, schema v2): one row per event and
-- transactional listener (@ApplicationModuleListener), written in the transaction that publishes the event and
-- completed when the listener has run after commit. A row still without completion after a crash or a failed listener
-- is republished on restart (spring.modulith.events.republish-outstanding-events-on-restart). Completed rows are
-- deleted (spring.modulith.events.completion-mode: delete), so the table holds only outstanding work.
-- Columns as in the jar's schemas/v2/schema-postgresql.sql; Flyway owns the schema (schema-initialization disabled).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
