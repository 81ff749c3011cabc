-- Answers can be withdrawn by their secret (only its hash is kept), carry the « Autre : … » texts and say when they
-- were typed in from paper.
ALTER TABLE questionnaire_responses ADD COLUMN others TEXT;
ALTER TABLE questionnaire_responses ADD COLUMN paper INTEGER NOT NULL DEFAULT 0;
ALTER TABLE questionnaire_responses ADD COLUMN delete_hash TEXT;
CREATE INDEX questionnaire_responses_version ON questionnaire_responses (questionnaire_id, version);

-- « Enregistrer et reprendre plus tard »: the answers so far against one published version, under a hashed secret.
CREATE TABLE questionnaire_drafts (
  id TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX questionnaire_drafts_expiry ON questionnaire_drafts (expires_at);
