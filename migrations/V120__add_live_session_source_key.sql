-- Live training (issue 19): a session made from content/live/<id>.yaml remembers which occurrence of the file's rule
-- it is (the occurrence's local date in the file, e.g. 2027-03-16), so a re-import finds each session by that key
-- instead of by position: a date the file no longer lists cancels exactly that session. NULL for sessions planned in
-- the browser and for file sessions made before this column (their key is their local start date).
ALTER TABLE live_session
    ADD COLUMN source_key VARCHAR(32) NULL;
