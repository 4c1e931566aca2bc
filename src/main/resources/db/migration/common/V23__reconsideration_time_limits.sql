-- The inputs of the 行政复议法 application time limits and the suit periods that follow a decision:
-- rights_notified / rights_learned_on: was the applicant told of the right, organ and period (Art. 20(3));
-- immovable_property: the 20-year rather than 5-year cut-off after the act (Art. 21);
-- decision_served_on: the day the applicant received the decision (Art. 75), from which the 15-day suit periods
-- of Art. 34 and 行政诉讼法 Art. 45 run.
ALTER TABLE reconsideration_case ADD COLUMN rights_notified BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE reconsideration_case ADD COLUMN rights_learned_on DATE;
ALTER TABLE reconsideration_case ADD COLUMN immovable_property BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reconsideration_case ADD COLUMN decision_served_on DATE;
