-- One answer per invited person: each invitation's secret is kept hashed and used at most once.
CREATE TABLE questionnaire_invitations (
  id TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  label TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  used_at TEXT,
  response_id TEXT
);
CREATE INDEX questionnaire_invitations_questionnaire ON questionnaire_invitations (questionnaire_id);
