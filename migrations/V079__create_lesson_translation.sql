-- A lesson of one course version in another language (content/courses/<id>/<lesson-id>.<lang>.md). Progress stays
-- keyed by lesson id, so reading the translation completes the lesson.
CREATE TABLE lesson_translation (
    course_id          VARCHAR(64)  NOT NULL,
    version            INT          NOT NULL,
    lesson_id          VARCHAR(64)  NOT NULL,
    language           VARCHAR(35)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    objectives         TEXT         NOT NULL,
    body_markdown      MEDIUMTEXT   NOT NULL,
    source_fingerprint CHAR(12)     NOT NULL,
    outdated           BOOLEAN      NOT NULL,
    PRIMARY KEY (course_id, version, lesson_id, language),
    CONSTRAINT fk_lesson_translation_lesson FOREIGN KEY (course_id, version, lesson_id)
        REFERENCES lesson (course_id, version, lesson_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
