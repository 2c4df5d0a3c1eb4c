-- The drawn questions of an attempt in their order, the option permutation shown, and the saved answer.
CREATE TABLE attempt_question (
    attempt_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    question_id  VARCHAR(64)  NOT NULL,
    section      VARCHAR(64)  NOT NULL,
    option_order VARCHAR(255) NOT NULL,
    answer       VARCHAR(255) NULL,
    flagged      BOOLEAN      NOT NULL DEFAULT FALSE,
    answered_at  DATETIME(6)  NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
