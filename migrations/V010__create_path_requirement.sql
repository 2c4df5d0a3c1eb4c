-- What a path requires: courses (and, with the labs issue, lab tracks), in the suggested order.
CREATE TABLE path_requirement (
    path_id  VARCHAR(64) NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    ref_id   VARCHAR(64) NOT NULL,
    position INT         NOT NULL,
    PRIMARY KEY (path_id, kind, ref_id),
    CONSTRAINT fk_path_requirement_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
