-- A frozen figure's record list is kept once per indicator whose records it shows: a rate shows its denominator's
-- records, so when the text cites both, annual_report_record holds the list once (under the denominator's id) and this
-- table says where each figure's list is. Figures without a row here (frozen before this version) have their own list.
CREATE TABLE annual_report_figure_source (
    report_id     BIGINT        NOT NULL,
    indicator_id  VARCHAR(100)  NOT NULL,
    records_of    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (report_id, indicator_id),
    FOREIGN KEY (report_id, indicator_id) REFERENCES annual_report_figure (report_id, indicator_id)
);
