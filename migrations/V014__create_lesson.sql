-- Lessons of one course version; position orders them across the whole course.
-- objectives holds one objective per line.
CREATE TABLE lesson (
    course_id     VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL,
    lesson_id     VARCHAR(64)  NOT NULL,
    module_id     VARCHAR(64)  NOT NULL,
    position      INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    minutes       INT          NOT NULL,
    objectives    TEXT         NOT NULL,
    language      VARCHAR(16)  NOT NULL,
    min_tier      VARCHAR(16)  NULL,
    partner_types VARCHAR(200) NULL,
    body_markdown MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (course_id, version, lesson_id),
    CONSTRAINT fk_lesson_version FOREIGN KEY (course_id, version) REFERENCES course_version (course_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
