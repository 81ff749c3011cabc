-- E-mails are written here in the transaction of the change that causes them (a registration, a cancellation,
-- a promotion from the waiting list…); a worker sends them. A message is composed once, at the time of the change.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  recipient TEXT NOT NULL,
  locale TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  -- JSON: [{ "filename", "contentType", "content" }]
  attachments TEXT NOT NULL,
  -- pending → sent, or failed (a permanent refusal, or too many attempts); an organiser may retry a failed one.
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When a worker may take it: later after a failure (backoff), or after a lease while one is sending it.
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  -- What it is about (a registration id, a questionnaire draft id), so erasing a person erases their e-mails.
  subject_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_subject ON outbox (subject_id);

-- The language a person registered in, so that a later e-mail (promoted from the waiting list) speaks it too.
ALTER TABLE registrations ADD COLUMN locale TEXT;
