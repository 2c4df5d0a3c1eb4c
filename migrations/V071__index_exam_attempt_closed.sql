-- The program view's passing rate and average score read the attempts graded in a period.
CREATE INDEX ix_exam_attempt_closed ON exam_attempt (closed_at);
