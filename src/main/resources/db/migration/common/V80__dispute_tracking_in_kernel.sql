-- Mediation's tracking receipts live in the kernel's case_tracking (V79 copied them with their scheme); the dispute
-- no longer keeps its own code and secret digest.
ALTER TABLE dispute DROP COLUMN tracking_secret_sm3;
ALTER TABLE dispute DROP COLUMN tracking_code;
