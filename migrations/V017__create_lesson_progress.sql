-- Progress is keyed by course and lesson id, not version: it survives new versions that keep the lesson.
CREATE TABLE lesson_progress (
    user_id      BIGINT      NOT NULL,
    course_id    VARCHAR(64) NOT NULL,
    lesson_id    VARCHAR(64) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, course_id, lesson_id),
    CONSTRAINT fk_lesson_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
