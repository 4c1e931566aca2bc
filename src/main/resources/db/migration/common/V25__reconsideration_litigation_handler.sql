-- The handler a reconsideration or litigation case is assigned to (a user holding the module's handling permission
-- within scope); the "my cases" filter reads it.
ALTER TABLE reconsideration_case ADD COLUMN handler_id BIGINT REFERENCES app_user (id);
ALTER TABLE litigation_case ADD COLUMN handler_id BIGINT REFERENCES app_user (id);
CREATE INDEX reconsideration_case_handler_idx ON reconsideration_case (handler_id);
CREATE INDEX litigation_case_handler_idx ON litigation_case (handler_id);
