-- Practice quizzes in courses (issue 23): a knowledge check at the end of a module, authored beside the lessons
-- (content/courses/<course>/<quiz>.quiz.yaml) and published by the content import. The questions are kept whole as
-- JSON (the exam question format: type, stem, options, key, explanation); content_hash changes with any of it, and
-- a learner's unfinished round of an older text starts over. A quiz taken out of the files keeps its row (its rounds
-- refer to it) and gets removed_at.
CREATE TABLE course_quiz (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    course_id      VARCHAR(64)  NOT NULL,
    quiz_id        VARCHAR(64)  NOT NULL,
    module_id      VARCHAR(64)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    questions_json LONGTEXT     NOT NULL,
    content_hash   CHAR(64)     NOT NULL,
    published_at   DATETIME(6)  NOT NULL,
    removed_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_quiz_course_quiz UNIQUE (course_id, quiz_id),
    CONSTRAINT fk_course_quiz_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
