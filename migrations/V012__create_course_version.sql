-- Every published version of a course is kept; content_hash makes re-importing unchanged files a no-op.
CREATE TABLE course_version (
    course_id     VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    title         VARCHAR(200) NOT NULL,
    summary       TEXT         NOT NULL,
    language      VARCHAR(16)  NOT NULL,
    min_tier      VARCHAR(16)  NULL,
    partner_types VARCHAR(200) NULL,
    source        VARCHAR(16)  NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    published_by  BIGINT       NULL,
    PRIMARY KEY (course_id, version),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
