-- A major decision's legality-review step (重大行政决策程序暂行条例 Arts. 25-28) is a legality review request of type
-- DECISION (决策草案) in the legality module, linked to the decision; the step is satisfied only by that review's
-- passing outcome, so the decision no longer records a date and an outcome of its own. The two old columns stay, no
-- longer written, so that dates and outcomes entered by hand before this version are not lost.

-- review_type gains DECISION. Its CHECK was declared on the column without a name, which H2 and PostgreSQL name
-- differently; the column is therefore rebuilt (dropping a column drops its own CHECK in both) with a named CHECK.
ALTER TABLE legality_review ADD COLUMN review_kind VARCHAR(16);
UPDATE legality_review SET review_kind = review_type;
ALTER TABLE legality_review DROP COLUMN review_type;
ALTER TABLE legality_review RENAME COLUMN review_kind TO review_type;
ALTER TABLE legality_review ALTER COLUMN review_type SET NOT NULL;
ALTER TABLE legality_review ADD CONSTRAINT legality_review_type_ck
    CHECK (review_type IN ('AGREEMENT', 'CONTRACT', 'PLAN', 'DECISION', 'OTHER'));

ALTER TABLE major_decision ADD COLUMN legality_review_id BIGINT REFERENCES legality_review (id);
ALTER TABLE major_decision ADD CONSTRAINT major_decision_review_uq UNIQUE (legality_review_id);
