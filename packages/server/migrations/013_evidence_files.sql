-- Evidence files of a bilan's items (a scanned report, a photo of a sign-in sheet), kept in the database so that
-- several server processes on one PostgreSQL see the same files. `content` holds the bytes (BYTEA in PostgreSQL; in
-- SQLite the blob is stored as given). Served as downloads only, never run or shown as a page.
CREATE TABLE evidence_files (
  id TEXT PRIMARY KEY,
  bilan_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BYTEA NOT NULL,
  uploaded_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX evidence_files_bilan ON evidence_files (bilan_id);
