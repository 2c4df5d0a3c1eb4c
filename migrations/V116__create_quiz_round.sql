-- A learner's rounds of a practice quiz and their answers, apart from exam attempts on purpose: a quiz never counts
-- toward a certification and never feeds the item statistics of an exam, which read exam_attempt only. A round is
-- pinned to the quiz text it started on (content_hash); retaking starts a new round and keeps the old ones.
CREATE TABLE quiz_round (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    quiz_ref     BIGINT      NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    user_id      BIGINT      NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    finished_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_round_quiz FOREIGN KEY (quiz_ref) REFERENCES course_quiz (id),
    CONSTRAINT fk_quiz_round_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_quiz_round_user_quiz (user_id, quiz_ref, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_answer (
    round_id    BIGINT        NOT NULL,
    question_id VARCHAR(64)   NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    score       DECIMAL(5, 4) NOT NULL,
    answered_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (round_id, question_id),
    CONSTRAINT fk_quiz_answer_round FOREIGN KEY (round_id) REFERENCES quiz_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
