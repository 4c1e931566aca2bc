-- Four-eyes in the annual report's review flow (ReportStep.refusal): who submitted the current round for internal
-- review and who passed that review, so that neither can pass or approve their own work. One row per report from
-- SUBMIT on; PASS_REVIEW fills reviewed_by; a return to DRAFT deletes the row (a new submission is a new round).
-- A side table rather than columns of annual_report, and without a foreign key to it: this version runs before V35
-- creates annual_report on a new database.
CREATE TABLE annual_report_review (
    report_id     BIGINT       PRIMARY KEY,
    submitted_by  VARCHAR(64)  NOT NULL,
    reviewed_by   VARCHAR(64)
);
