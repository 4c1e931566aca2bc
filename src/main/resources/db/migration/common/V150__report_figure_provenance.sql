-- Issue 16 (D): a frozen report figure keeps where it came from when no record here proves it (a reported figure:
-- "填报：区公安分局 · 审核：依法治区办 张明（2024-01-20）"); null for figures computed from records.
ALTER TABLE annual_report_figure ADD COLUMN provenance VARCHAR(400);
