-- A certification exam and the version new attempts use; attempts pin their own version.
CREATE TABLE exam (
    id              VARCHAR(64) NOT NULL,
    path_id         VARCHAR(64) NOT NULL,
    current_version INT         NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
