-- A unit's unified social credit code (统一社会信用代码, GB 32100-2015), optional; checked by the application.
ALTER TABLE unit ADD COLUMN uscc VARCHAR(18);
