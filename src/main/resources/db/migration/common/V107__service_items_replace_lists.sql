-- Issue 14, part items: the service items are the single source of the three catalogues (政务服务事项基本目录,
-- 行政许可事项清单, 中介服务事项清单). The rows of the legality module's imported lists of those kinds become items; the
-- certificate list (证明事项清单) stays where it is.
--
-- Assumptions (docs/services/items.md): one item per code across the three lists; its type LICENCE if the code is on
-- the licence list, else INTERMEDIARY if on the intermediary list, else PUBLIC_SERVICE (the basic catalogue does not
-- say the type); its unit the unit whose name or short name equals the row's department text, else 区政务服务局 (13);
-- level DISTRICT; a licence's 法定时限 20 working days (行政许可法 Art. 42(1)) and its promise the same; other items no
-- legal time and a promise of 20 working days, to be reviewed by their unit; version 1 in force from the list's
-- publication (else the day the row was entered); the guide published on the list's publication date (NULL if the
-- list was not published); no materials (the lists had none).
INSERT INTO service_item (code, unit_id, region_code, created_at, created_by, version, published_on)
SELECT g.code,
       COALESCE((SELECT MIN(u.id) FROM unit u WHERE u.name = g.department OR u.short_name = g.department), 13),
       COALESCE((SELECT MIN(u.region_code) FROM unit u WHERE u.id = COALESCE((SELECT MIN(w.id) FROM unit w
                 WHERE w.name = g.department OR w.short_name = g.department), 13)), '421202'),
       g.created_at, g.created_by, 1, g.published_on
FROM (SELECT i.code, MIN(i.department) AS department, MIN(i.created_at) AS created_at, MIN(i.created_by) AS created_by,
             MIN(l.published_on) AS published_on
      FROM public_list_item i JOIN public_list l ON l.kind = i.kind
      WHERE i.kind IN ('SERVICE', 'LICENCE', 'INTERMEDIARY') GROUP BY i.code) g
WHERE NOT EXISTS (SELECT 1 FROM service_item s WHERE s.code = g.code);

INSERT INTO service_item_version (item_id, version_no, effective_from, name, item_type, basis, level, legal_days,
                                  promised_days, legal_article, change_note, created_at, created_by)
SELECT s.id, 1, COALESCE(g.published_on, CAST(g.created_at AS DATE)), g.name, g.item_type, COALESCE(g.basis, ''),
       'DISTRICT', CASE WHEN g.item_type = 'LICENCE' THEN 20 END, 20,
       CASE WHEN g.item_type = 'LICENCE' THEN '《中华人民共和国行政许可法》第四十二条第一款' END,
       '由原目录清单迁移', g.created_at, g.created_by
FROM service_item s
JOIN (SELECT i.code, MIN(i.name) AS name, MIN(i.basis) AS basis, MIN(i.created_at) AS created_at,
             MIN(i.created_by) AS created_by, MIN(l.published_on) AS published_on,
             CASE WHEN SUM(CASE WHEN i.kind = 'LICENCE' THEN 1 ELSE 0 END) > 0 THEN 'LICENCE'
                  WHEN SUM(CASE WHEN i.kind = 'INTERMEDIARY' THEN 1 ELSE 0 END) > 0 THEN 'INTERMEDIARY'
                  ELSE 'PUBLIC_SERVICE' END AS item_type
      FROM public_list_item i JOIN public_list l ON l.kind = i.kind
      WHERE i.kind IN ('SERVICE', 'LICENCE', 'INTERMEDIARY') GROUP BY i.code) g ON g.code = s.code
WHERE NOT EXISTS (SELECT 1 FROM service_item_version v WHERE v.item_id = s.id);

DELETE FROM public_list_item WHERE kind IN ('SERVICE', 'LICENCE', 'INTERMEDIARY');
DELETE FROM public_list WHERE kind IN ('SERVICE', 'LICENCE', 'INTERMEDIARY');
