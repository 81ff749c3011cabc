-- Every save of a document is a new immutable version; `documents` keeps the head and the last published one.
CREATE TABLE document_versions (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL,
  data TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, id, version)
);
-- Before versions existed a questionnaire was served as published; the other documents were drafts.
INSERT INTO document_versions (kind, id, version, status, data, author, note, created_at)
  SELECT kind, id, version, CASE WHEN kind = 'questionnaires' THEN 'published' ELSE 'draft' END, data, 'cc-server', NULL, updated_at
  FROM documents;
ALTER TABLE documents ADD COLUMN published_version INTEGER;
UPDATE documents SET published_version = version WHERE kind = 'questionnaires';

-- Revocable links for council members without an account; only the secret's SHA-256 is kept.
CREATE TABLE edit_links (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  access TEXT NOT NULL,
  label TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX edit_links_document ON edit_links (kind, document_id);
