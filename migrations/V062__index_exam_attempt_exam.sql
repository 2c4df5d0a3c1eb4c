-- Item statistics read every closed attempt of one exam version; this index finds them without a table scan.
CREATE INDEX ix_exam_attempt_exam ON exam_attempt (exam_id, exam_version, status);
