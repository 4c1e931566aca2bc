-- Issue 10, point 23: the menu shows only what a role works with. Mediators, inspectors and leaders held the
-- administration permissions to view units (and leaders users) only by default, which put the 系统管理 section
-- (单位, 行政区划, 用户) in their menu. Their own pages do not need them; administrators and the office keep them.
DELETE FROM role_permission WHERE role_id IN (5, 6, 7) AND permission = 'org:unit:view';
DELETE FROM role_permission WHERE role_id = 7 AND permission = 'system:user:view';
