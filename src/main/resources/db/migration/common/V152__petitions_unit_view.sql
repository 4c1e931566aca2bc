-- A unit sees the backlog petitions it is responsible for (its staff and its head, within their unit scope); the
-- petitions bureau (PETITION_OFFICER) keeps them district-wide.
INSERT INTO role_permission (role_id, permission) VALUES (3, 'petitions:view'), (9, 'petitions:view');
