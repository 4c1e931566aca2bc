-- A suit counts in every figure by the day the court filed it (立案日期), not by the day its row was written
-- (issue 10, point 14): a suit entered in 2025 about a 2024 filing counts in 2024.
ALTER TABLE litigation_case ADD COLUMN filed_on DATE;

-- Suits registered before this column existed: the best business date there is. Until now a suit counted by the day
-- it was registered (created_at as a date, in the server's time zone), so that is the starting point and every
-- figure keeps its value; but a court files a suit before it hears or judges it, so where the first recorded hearing
-- or the judgment lies earlier than that day, the filing cannot have been later: the earliest of them is taken.
UPDATE litigation_case SET filed_on = CAST(created_at AS DATE);
UPDATE litigation_case SET filed_on = (SELECT MIN(h.hearing_on) FROM litigation_hearing h WHERE h.case_id = litigation_case.id)
 WHERE filed_on > (SELECT MIN(h.hearing_on) FROM litigation_hearing h WHERE h.case_id = litigation_case.id);
UPDATE litigation_case SET filed_on = outcome_on WHERE outcome_on IS NOT NULL AND outcome_on < filed_on;

ALTER TABLE litigation_case ALTER COLUMN filed_on SET NOT NULL;
CREATE INDEX litigation_case_filed_idx ON litigation_case (filed_on, region_code);
