-- The parts of ordering, matching and short-text questions (their keys, a matching question's targets) and the
-- scenario a question belongs to, as JSON (ExamSpec.Item); NULL for choice questions outside any scenario. Like
-- correct_ids, it never leaves the server whole.
ALTER TABLE exam_question ADD COLUMN item_json TEXT NULL;
