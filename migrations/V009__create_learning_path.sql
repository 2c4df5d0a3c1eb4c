-- Certification paths, imported from content/paths/*.yaml.
CREATE TABLE learning_path (
    id              VARCHAR(64)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    description     TEXT         NOT NULL,
    prerequisite_id VARCHAR(64)  NULL,
    exam_id         VARCHAR(64)  NULL,
    validity_months INT          NOT NULL,
    content_hash    CHAR(64)     NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
