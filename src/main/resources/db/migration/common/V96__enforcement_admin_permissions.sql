-- The system administrator holds every enforcement permission, as in the other modules: an administrator may grant
-- only roles whose permissions they hold, and the unit staff role now carries enforcement:handle.
INSERT INTO role_permission (role_id, permission) VALUES
    (1, 'enforcement:handle'), (1, 'enforcement:review'), (1, 'enforcement:approve'), (1, 'enforcement:supervise');
