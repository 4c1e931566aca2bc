-- Issue 4 (performance at 1,000,000 disputes): an indicator's grouped query reads, for each row of its period, the
-- date, the township, the category, the owning unit (data scope) and, for some, one more column (the amount summed,
-- the channel or the confirmation result of its condition). Indexes holding all of them, in the order the query
-- groups by (date, township, category), let PostgreSQL answer with an index-only scan and aggregate it without a sort
-- or a visit to the table. They replace the date + township indexes of V32. Plain B-tree indexes, valid on H2 too.
DROP INDEX dispute_accepted_region_idx;
DROP INDEX dispute_agreement_region_idx;
DROP INDEX dispute_received_region_idx;
DROP INDEX dispute_confirmation_decided_idx;
DROP INDEX dispute_confirmation_applied_idx;
CREATE INDEX dispute_accepted_cover_idx ON dispute (accepted_on, township_code, category, unit_id);
CREATE INDEX dispute_agreement_cover_idx ON dispute (agreement_effective_on, township_code, category, unit_id, amount);
CREATE INDEX dispute_received_cover_idx ON dispute (received_on, township_code, category, unit_id, channel);
CREATE INDEX dispute_confirmation_decided_cover_idx
    ON dispute (confirmation_decided_on, township_code, category, unit_id, confirmation_result);
CREATE INDEX dispute_confirmation_applied_cover_idx ON dispute (confirmation_applied_on, township_code, category, unit_id);
