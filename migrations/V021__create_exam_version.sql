-- Every published version of an exam's rules; blueprint_json holds the sections and their draws.
CREATE TABLE exam_version (
    exam_id              VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL,
    content_hash         CHAR(64)     NOT NULL,
    title                VARCHAR(200) NOT NULL,
    time_limit_minutes   INT          NOT NULL,
    pass_mark_percent    INT          NOT NULL,
    mode                 VARCHAR(16)  NOT NULL,
    navigation           VARCHAR(16)  NOT NULL,
    multi_scoring        VARCHAR(16)  NOT NULL,
    max_attempts         INT          NOT NULL,
    period_days          INT          NOT NULL,
    cooldown_hours       INT          NOT NULL,
    opens_at             DATETIME(6)  NULL,
    closes_at            DATETIME(6)  NULL,
    blueprint_json       TEXT         NOT NULL,
    published_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (exam_id, version),
    CONSTRAINT fk_exam_version_exam FOREIGN KEY (exam_id) REFERENCES exam (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
