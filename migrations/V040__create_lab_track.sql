-- A lab track (hands-on tasks with checks) and which of its versions is in force.
CREATE TABLE lab_track (
    id              VARCHAR(64) NOT NULL,
    current_version INT         NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
