-- Every answer, upload and attestation a learner submits, its result, and a reviewer's decision (who, when, why).
CREATE TABLE lab_submission (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT       NOT NULL,
    track_id       VARCHAR(64)  NOT NULL,
    track_version  INT          NOT NULL,
    task_id        VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    answer         VARCHAR(500) NULL,
    storage_key    CHAR(32)     NULL,
    file_name      VARCHAR(200) NULL,
    content_type   VARCHAR(100) NULL,
    size_bytes     BIGINT       NULL,
    status         VARCHAR(16)  NOT NULL,
    submitted_at   DATETIME(6)  NOT NULL,
    reviewer_id    BIGINT       NULL,
    reviewed_at    DATETIME(6)  NULL,
    feedback       TEXT         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_lab_submission_storage_key (storage_key),
    KEY ix_lab_submission_user_task (user_id, track_id, task_id),
    KEY ix_lab_submission_status (status, submitted_at),
    CONSTRAINT fk_lab_submission_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_lab_submission_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT fk_lab_submission_version FOREIGN KEY (track_id, track_version)
        REFERENCES lab_track_version (track_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
