-- The hash of the files an import read, when the version it published is not exactly those files because a
-- translation saved in the browser was kept over them (ADR 0050); NULL when the version is the files. "Unchanged
-- files never undo a browser edit" (ADR 0004) compares the next import's files with this hash.
ALTER TABLE course_version ADD COLUMN files_hash CHAR(64) NULL;
ALTER TABLE exam_version ADD COLUMN files_hash CHAR(64) NULL;
