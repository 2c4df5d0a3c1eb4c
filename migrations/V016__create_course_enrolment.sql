-- last_lesson_id is where "continue where you left off" takes the learner.
CREATE TABLE course_enrolment (
    user_id         BIGINT      NOT NULL,
    course_id       VARCHAR(64) NOT NULL,
    enrolled_at     DATETIME(6) NOT NULL,
    last_lesson_id  VARCHAR(64) NULL,
    last_visited_at DATETIME(6) NULL,
    PRIMARY KEY (user_id, course_id),
    CONSTRAINT fk_course_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_course_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
