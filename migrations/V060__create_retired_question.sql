-- Questions an author retired from an exam: new attempts no longer draw them; past attempts keep them.
CREATE TABLE retired_question (
    exam_id     VARCHAR(64) NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    retired_by  BIGINT      NOT NULL,
    retired_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (exam_id, question_id),
    CONSTRAINT fk_retired_question_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
    CONSTRAINT fk_retired_question_user FOREIGN KEY (retired_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
