-- A course completion, written by catalog at the moment its rule says "complete" (every lesson of the current
-- version that the person's audience sees is done). Every other feature reads this row instead of re-deriving
-- the rule. A completion stays earned: a later version of the course does not remove it (ADR 0031).
CREATE TABLE course_completion (
    user_id        BIGINT      NOT NULL,
    course_id      VARCHAR(64) NOT NULL,
    course_version INT         NOT NULL,
    completed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, course_id),
    KEY idx_course_completion_course (course_id),
    CONSTRAINT fk_course_completion_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
