-- A course version's title, summary and module titles in another language (content/courses/<id>/course.<lang>.yaml).
-- source_fingerprint is what the translator translated; outdated is set at publishing when the source differs.
-- module_titles holds one "module-id<TAB>title" per line.
CREATE TABLE course_translation (
    course_id          VARCHAR(64)  NOT NULL,
    version            INT          NOT NULL,
    language           VARCHAR(35)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    summary            TEXT         NOT NULL,
    module_titles      TEXT         NOT NULL,
    source_fingerprint CHAR(12)     NOT NULL,
    outdated           BOOLEAN      NOT NULL,
    PRIMARY KEY (course_id, version, language),
    CONSTRAINT fk_course_translation_version FOREIGN KEY (course_id, version)
        REFERENCES course_version (course_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
