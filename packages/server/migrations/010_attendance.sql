-- Who came to a session, ticked by the organiser (present, excused, absent); NULL until then.
ALTER TABLE registrations ADD COLUMN attendance TEXT;
