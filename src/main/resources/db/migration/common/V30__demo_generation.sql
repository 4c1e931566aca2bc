-- Generated demo data (e.g. the 2023 demo year): one row per generation, claimed in the transaction that inserts the
-- data, so that a generation runs once even when two nodes start together.
CREATE TABLE demo_generation (
    name         VARCHAR(64)              PRIMARY KEY,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_created INT                      NOT NULL DEFAULT 0
);
