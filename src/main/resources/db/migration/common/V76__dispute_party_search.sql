-- Issue 10, point 23: the dispute list finds a party by exact full name or, through the blind indexes, by ID number or
-- phone number. The identifier index exists (V10); the name and phone indexes make the other two lookups indexed too.
CREATE INDEX dispute_party_name_idx ON dispute_party (name);
CREATE INDEX dispute_party_phone_idx ON dispute_party (phone_index);
