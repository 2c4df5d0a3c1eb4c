-- A course being edited in the browser. The draft is the whole course as JSON (DraftCourse); learners never
-- read it. Publishing validates it with the importer's rules and removes it.
CREATE TABLE course_draft (
    course_id        VARCHAR(64) NOT NULL,
    based_on_version INT         NULL,
    draft_json       MEDIUMTEXT  NOT NULL,
    updated_by       BIGINT      NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_course_draft_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
