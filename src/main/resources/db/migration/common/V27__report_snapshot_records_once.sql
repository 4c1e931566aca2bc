-- A frozen figure's record list is kept once per indicator whose records it shows: a rate shows its denominator's
-- records, so when the text cites both, annual_report_record holds the list once (under the denominator's id) and this
-- table says where each figure's list is. Figures without a row here (frozen before this version) have their own list.
-- No foreign key to annual_report_figure: this version runs before V35 creates it on a new database.
CREATE TABLE annual_report_figure_source (
    report_id     BIGINT        NOT NULL,
    indicator_id  VARCHAR(100)  NOT NULL,
    records_of    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (report_id, indicator_id)
);
