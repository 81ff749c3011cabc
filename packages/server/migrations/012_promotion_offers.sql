-- A seat freed from the waiting list may be held for the person until `confirm_by`: they confirm it with the secret of
-- their e-mail (only its hash is kept), or it goes to the next person. `page_url` is the page of the form they used (a
-- trusted site's page, no personal data), where the e-mail's links lead.
ALTER TABLE registrations ADD COLUMN confirm_by TEXT;
ALTER TABLE registrations ADD COLUMN offer_token_hash TEXT;
ALTER TABLE registrations ADD COLUMN page_url TEXT;
CREATE INDEX registrations_confirm_by ON registrations (confirm_by);
