-- A course and the version learners see now; its content lives in course_version and below.
CREATE TABLE course (
    id              VARCHAR(64) NOT NULL,
    current_version INT         NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
