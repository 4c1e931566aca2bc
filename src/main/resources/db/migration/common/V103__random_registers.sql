-- 双随机、一公开 registers (国办发〔2015〕58号): the random-inspection list's withdrawal date and last change, and the
-- indexes the registers' filters use. Withdrawn relations (回避) are deleted (the audit keeps them), so the draw's input
-- reads every row of random_avoidance as in force.
ALTER TABLE random_item ADD COLUMN withdrawn_on DATE;
ALTER TABLE random_item ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE random_item ADD COLUMN updated_by VARCHAR(64);
CREATE INDEX random_item_status_idx ON random_item (status);
CREATE INDEX random_entity_status_idx ON random_entity (status);
CREATE INDEX random_avoidance_entity_idx ON random_avoidance (entity_id);
