CREATE TABLE course_module (
    course_id VARCHAR(64)  NOT NULL,
    version   INT          NOT NULL,
    module_id VARCHAR(64)  NOT NULL,
    position  INT          NOT NULL,
    title     VARCHAR(200) NOT NULL,
    PRIMARY KEY (course_id, version, module_id),
    CONSTRAINT fk_course_module_version FOREIGN KEY (course_id, version)
        REFERENCES course_version (course_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
