-- Issue 4 (performance): every indicator selects its rows by a date of its own within a region, so each such date
-- column is indexed together with the region column (the region filter and the by-township breakdown then read the
-- index instead of the table). Plain B-tree indexes, valid on H2 and PostgreSQL. Not here: consultations (indexed
-- by V20) and litigation cases, counted by CAST(created_at AS DATE), which a plain index on created_at does not serve.
CREATE INDEX dispute_accepted_region_idx ON dispute (accepted_on, township_code);
CREATE INDEX dispute_agreement_region_idx ON dispute (agreement_effective_on, township_code);
CREATE INDEX dispute_received_region_idx ON dispute (received_on, township_code);
CREATE INDEX dispute_confirmation_decided_idx ON dispute (confirmation_decided_on, township_code);
CREATE INDEX dispute_confirmation_applied_idx ON dispute (confirmation_applied_on, township_code);
CREATE INDEX reconsideration_case_accepted_idx ON reconsideration_case (accepted_on, region_code);
CREATE INDEX reconsideration_case_received_idx ON reconsideration_case (received_on, region_code);
CREATE INDEX litigation_hearing_on_idx ON litigation_hearing (hearing_on);
