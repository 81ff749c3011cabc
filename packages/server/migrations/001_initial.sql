-- Same SQL for SQLite and PostgreSQL. Timestamps are ISO 8601 UTC text, so they sort as text.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  kind TEXT NOT NULL,
  town TEXT NOT NULL,
  theme TEXT,
  start_utc TEXT NOT NULL,
  end_utc TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  waiting_list INTEGER NOT NULL,
  opens_utc TEXT,
  closes_utc TEXT,
  cancelled INTEGER NOT NULL DEFAULT 0,
  cancellation_reason TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX sessions_start ON sessions (start_utc);

CREATE TABLE registrations (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id),
  seq INTEGER NOT NULL,
  status TEXT NOT NULL,
  email_norm TEXT NOT NULL,
  data TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT
);
-- One active registration per person and session, whatever the race.
CREATE UNIQUE INDEX registrations_active_email ON registrations (session_id, email_norm) WHERE status <> 'cancelled';
CREATE UNIQUE INDEX registrations_order ON registrations (session_id, seq);
CREATE INDEX registrations_email ON registrations (email_norm);

CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_created ON idempotency_keys (created_at);

CREATE TABLE organiser_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- Questionnaires, chartes and bilans (first drafts): versioned JSON documents.
CREATE TABLE documents (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE questionnaire_responses (
  id TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  answers TEXT NOT NULL,
  submitted_at TEXT NOT NULL
);
