-- Issue 10, point 23: the demo registers mediators for every committee; they are marked as demo data like the rest.
ALTER TABLE mediator ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
