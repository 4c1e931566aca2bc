-- Four-eyes in the annual report's review flow (ReportStep.refusal): who submitted the current round for internal
-- review and who passed that review, so that neither can pass or approve their own work. One row per report from
-- SUBMIT on; PASS_REVIEW fills reviewed_by; a return to DRAFT deletes the row (a new submission is a new round).
CREATE TABLE annual_report_review (
    report_id     BIGINT       PRIMARY KEY REFERENCES annual_report (id),
    submitted_by  VARCHAR(64)  NOT NULL,
    reviewed_by   VARCHAR(64)
);
