-- Third parties may be registered by name alone, before it is known whether they are persons or organisations.
ALTER TABLE reconsideration_party ALTER COLUMN party_kind DROP NOT NULL;
