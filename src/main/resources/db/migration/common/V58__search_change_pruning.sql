-- Pruning the search change log: each node reports the change-log id its index has applied, and the pruning job
-- deletes rows every recently seen node has applied once they are older than the retention. search_pruned holds the
-- highest id ever deleted, so a node whose index mark is below it (it was away longer than the retention, or its
-- index was restored from an old copy) knows it missed changes and rebuilds instead.
CREATE TABLE search_node (
    node           VARCHAR(300)             PRIMARY KEY,
    applied_change BIGINT                   NOT NULL,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE search_pruned (
    id      INT    PRIMARY KEY CHECK (id = 1),
    through_id BIGINT NOT NULL
);

INSERT INTO search_pruned (id, through_id) VALUES (1, 0);

CREATE INDEX search_change_changed_at ON search_change (changed_at);
