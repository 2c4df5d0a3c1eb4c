-- How many calendar messages (REQUEST, CANCEL) this person has received for this session. Their iCalendar SEQUENCE
-- is the session's sequence plus this count, so every message is newer than the one before, also after they
-- cancel and register again (calendars ignore an update whose SEQUENCE is not higher).
ALTER TABLE live_registration
    ADD COLUMN invite_seq INT NOT NULL DEFAULT 0;
