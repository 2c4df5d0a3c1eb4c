-- A question of one exam version in another language (exams/<id>/questions/<bank>.<lang>.yaml): the same question
-- and option ids as the source, so grading and item statistics do not depend on the language.
CREATE TABLE exam_question_translation (
    exam_id      VARCHAR(64) NOT NULL,
    version      INT         NOT NULL,
    question_id  VARCHAR(64) NOT NULL,
    language     VARCHAR(35) NOT NULL,
    stem         TEXT        NOT NULL,
    options_json TEXT        NOT NULL,
    explanation  TEXT        NOT NULL,
    PRIMARY KEY (exam_id, version, question_id, language),
    CONSTRAINT fk_exam_question_translation_question FOREIGN KEY (exam_id, version, question_id)
        REFERENCES exam_question (exam_id, version, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
