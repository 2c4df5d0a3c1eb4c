-- The fingerprint of the source question a translation was made from (its `source:` in the translation file), so
-- authors see a translation as outdated once its question changes. Rows from before this column have none.
ALTER TABLE exam_question_translation ADD COLUMN source CHAR(12) NULL AFTER explanation;
