-- One answer per e-mail address (`responses: "email"`): an answer waits here until the link mailed to the address
-- confirms it, then moves to questionnaire_responses, so results and exports only ever count confirmed answers.
-- The address itself is not kept with the answer: only a hash of it, per questionnaire, to refuse a second one.
CREATE TABLE questionnaire_pending_responses (
  id TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  answers TEXT NOT NULL,
  others TEXT,
  delete_hash TEXT NOT NULL,
  confirm_hash TEXT NOT NULL,
  person_hash TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX questionnaire_pending_expiry ON questionnaire_pending_responses (expires_at);

ALTER TABLE questionnaire_responses ADD COLUMN person_hash TEXT;
CREATE UNIQUE INDEX questionnaire_responses_person ON questionnaire_responses (questionnaire_id, person_hash)
  WHERE person_hash IS NOT NULL;
