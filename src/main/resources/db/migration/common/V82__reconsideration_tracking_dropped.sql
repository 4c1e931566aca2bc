-- Reconsideration's tracking receipts live in the kernel's case_tracking (copied by V79, issued there since):
-- nothing reads or writes the case's own code and secret digest any more.
ALTER TABLE reconsideration_case DROP COLUMN secret_sm3;
ALTER TABLE reconsideration_case DROP COLUMN tracking_code;
