-- The date the handling of a list item was decided (e.g. a certificate requirement kept, or replaced by 告知承诺, by
-- the year's reduction of certificates): the business date the certificate figures count by, never the row's
-- creation. Items kept before this column existed take the day they were entered.
ALTER TABLE public_list_item ADD COLUMN decided_on DATE;
UPDATE public_list_item SET decided_on = CAST(created_at AS DATE);
ALTER TABLE public_list_item ALTER COLUMN decided_on SET NOT NULL;
CREATE INDEX public_list_item_decided_idx ON public_list_item (kind, decided_on);
