-- A charte submitted for consultation: the draft version read by the members, until when, through which read-only
-- link; and the members' comments, article by article, kept with the version they were written on.
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  link_id TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  closed_at TEXT,
  message TEXT
);
CREATE INDEX consultations_document ON consultations (kind, document_id, opened_at);

CREATE TABLE document_comments (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  article TEXT NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  link_id TEXT
);
CREATE INDEX document_comments_version ON document_comments (kind, document_id, version, created_at);
