-- Questions of one exam version. correct_ids never leaves the server for certification exams.
CREATE TABLE exam_question (
    exam_id      VARCHAR(64) NOT NULL,
    version      INT         NOT NULL,
    question_id  VARCHAR(64) NOT NULL,
    section      VARCHAR(64) NOT NULL,
    difficulty   VARCHAR(8)  NOT NULL,
    type         VARCHAR(16) NOT NULL,
    stem         TEXT        NOT NULL,
    options_json TEXT        NOT NULL,
    correct_ids  VARCHAR(255) NOT NULL,
    explanation  TEXT        NOT NULL,
    PRIMARY KEY (exam_id, version, question_id),
    CONSTRAINT fk_exam_question_version FOREIGN KEY (exam_id, version) REFERENCES exam_version (exam_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
