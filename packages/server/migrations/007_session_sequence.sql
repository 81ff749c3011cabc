-- iCalendar's SEQUENCE: it grows with every change of a session, so that an agenda subscribed to the feed (or holding
-- the .ics of an e-mail) takes the new time or place instead of keeping the old one.
ALTER TABLE sessions ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
