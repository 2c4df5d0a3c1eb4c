-- Live training (issue 19): a series defined in content/live/<id>.yaml remembers its file, so the import finds it
-- again: source_id is the file's id, source_hash the SHA-256 of its text when it was last imported (an unchanged
-- file re-imports as a no-op and leaves browser edits alone). NULL for series planned in the browser.
ALTER TABLE live_series
    ADD COLUMN source_id   VARCHAR(64) NULL,
    ADD COLUMN source_hash CHAR(64)    NULL,
    ADD CONSTRAINT uk_live_series_source UNIQUE (source_id);
