-- A course version may say that its practice quizzes count toward completing it: then a person completes the
-- course only when, besides every lesson they see, each quiz of a module they see has a finished round scoring at
-- least this mark (percent, 1-100). NULL (every course before this) keeps quizzes practice only.
ALTER TABLE course_version ADD COLUMN quiz_pass_mark TINYINT UNSIGNED NULL;
