-- Images and attachments next to the lessons, kept per version so old versions stay complete.
CREATE TABLE course_asset (
    course_id    VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    path         VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (course_id, version, path),
    CONSTRAINT fk_course_asset_version FOREIGN KEY (course_id, version) REFERENCES course_version (course_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
