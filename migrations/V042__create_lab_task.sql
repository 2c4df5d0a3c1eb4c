-- The tasks of a lab track version with their checks; expected answers stay on the server.
CREATE TABLE lab_task (
    track_id      VARCHAR(64)    NOT NULL,
    version       INT            NOT NULL,
    task_id       VARCHAR(64)    NOT NULL,
    position      INT            NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    instructions  MEDIUMTEXT     NOT NULL,
    hints         TEXT           NOT NULL,
    check_type    VARCHAR(16)    NOT NULL,
    match_mode    VARCHAR(16)    NULL,
    expected      TEXT           NULL,
    tolerance     DECIMAL(20, 6) NULL,
    ignore_case   BOOLEAN        NOT NULL DEFAULT FALSE,
    whitespace    VARCHAR(16)    NULL,
    allowed_types VARCHAR(200)   NULL,
    max_bytes     BIGINT         NULL,
    needs_review  BOOLEAN        NOT NULL DEFAULT FALSE,
    PRIMARY KEY (track_id, version, task_id),
    CONSTRAINT fk_lab_task_version FOREIGN KEY (track_id, version) REFERENCES lab_track_version (track_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
