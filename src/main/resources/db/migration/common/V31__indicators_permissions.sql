-- Indicators and the dashboard (驾驶舱): administrators, the rule-of-law office, township staff (their township only,
-- by data scope) and leaders read the figures; leaders and the rule-of-law office land on the dashboard.
INSERT INTO role_permission (role_id, permission) VALUES
    (1, 'indicators:read'),
    (2, 'indicators:read'), (2, 'indicators:home'),
    (4, 'indicators:read'),
    (7, 'indicators:read'), (7, 'indicators:home');
