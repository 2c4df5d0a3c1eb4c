-- Where an exam version came from: FILE (imported from exams/) or BROWSER (an author revised a question), so an
-- import of unchanged files does not undo a revision made in the browser.
ALTER TABLE exam_version ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'FILE';
