-- The group of a session's split (a collège or a town) a registration's seat or waiting place is in; '' when the
-- session does not split its seats. Seats and waiting lists are counted per group.
ALTER TABLE registrations ADD COLUMN quota TEXT NOT NULL DEFAULT '';
CREATE INDEX registrations_quota ON registrations (session_id, quota, status);
