-- Mediation case numbers printed alike across townships (each township keeps its own sequence, and the pattern
-- 咸安调〔{year}〕{seq}号 had no township). The pattern now carries the township's short name (its name without the
-- 街道/镇/乡 suffix; empty for the district committee), e.g. 咸安温泉调〔2026〕5号 — see DisputeNumbering. Numbers
-- already issued get the same short name, keeping their sequence, and the printed number becomes unique.
UPDATE case_number_format SET pattern = '咸安{scopeName}调〔{year}〕{seq}号' WHERE case_type = 'mediation';

UPDATE dispute SET case_number = REPLACE(case_number, '咸安调〔',
        CONCAT('咸安', (SELECT REGEXP_REPLACE(r.name, '(街道|镇|乡)$', '') FROM region r WHERE r.code = dispute.number_scope), '调〔'))
    WHERE number_scope <> 'district';

ALTER TABLE dispute DROP CONSTRAINT dispute_number_uq;
ALTER TABLE dispute ADD CONSTRAINT dispute_case_number_uq UNIQUE (case_number);
